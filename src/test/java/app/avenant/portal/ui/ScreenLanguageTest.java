package app.avenant.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.change.ChangeRequests;
import app.avenant.change.NewChangeRequest;
import app.avenant.contract.Contracts;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.governance.NewReview;
import app.avenant.governance.Reviews;
import app.avenant.identity.Users;
import app.avenant.performance.Deliverables;
import app.avenant.performance.PerformanceFixtures;
import app.avenant.performance.PerformanceFixtures.PerformanceContract;
import app.avenant.shared.i18n.Translations;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every screen, in French and in English, shows no raw translation key ({@code !key!}) and none of the other
 * language's interface words — in its texts and in what the components read aloud or show as hints (labels,
 * placeholders, helper texts, titles, aria-labels). The data the test creates is French on purpose, so the
 * English check looks for interface words only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreenLanguageTest extends UiTest {

    private static final Pattern RAW_KEY = Pattern.compile("![a-z][\\w.-]*!");
    /** Words of Vaadin's or our own English interface that must not appear on a French screen. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(Cancel|Today|Save|Delete|Submit|Show password|"
            + "Toggle|Loading|Search|Close|Previous|Next|January|Monday|Connection lost|Edit|Clear|Back to|"
            + "Change requests|Contract not found|dd/mm/yyyy)\\b");
    /** French interface words that must not appear on an English screen. */
    private static final Pattern FRENCH = Pattern.compile("(Annuler|Enregistrer|Supprimer|Aujourd|Rechercher|"
            + "Fermer|Modifier|Retour|Statut|Demandes de|Approuver|Rejeter|Soumettre|Mes contrats|Se déconnecter|"
            + "Périmètre|Niveaux de service|Historique|Équipe|introuvable|jj/mm/aaaa|Aucun|Aucune|Nouvelle|"
            + "Nouveau|Version de base|Objectif servi|côté|Prestataire\\b|PME\\b)");

    private static final List<String> SHOWN_PROPERTIES = List.of(
            "label",
            "placeholder",
            "helperText",
            "title",
            "errorMessage",
            "ariaLabel",
            "accessibleName",
            "emptyStateText");
    private static final List<String> SHOWN_ATTRIBUTES = List.of("aria-label", "title", "placeholder", "label");

    @Autowired
    TestAccounts accounts;

    @Autowired
    Contracts contracts;

    @Autowired
    Deliverables deliverables;

    @Autowired
    ChangeRequests changeRequests;

    @Autowired
    Reviews reviews;

    @Autowired
    Users users;

    private PerformanceContract contract;
    private UUID changeRequest;
    private UUID review;

    @BeforeAll
    void buildFixture() {
        PerformanceFixtures performance = new PerformanceFixtures(accounts, contracts, deliverables);
        contract = performance.workedExample();
        performance.adopt(contract, PerformanceFixtures.amendedTerms(), Instant.now());
        String owner = contract.clientOwner();
        changeRequest = TestAccounts.as(
                owner,
                () -> changeRequests.propose(
                        contract.id(), new NewChangeRequest("Hausse du volume", "Pic saisonnier", ObjectiveKind.COST)));
        review = TestAccounts.as(
                owner,
                () -> reviews.plan(
                        contract.id(), new NewReview(LocalDateTime.of(2026, 12, 1, 10, 0), 60, "Revue trimestrielle")));
    }

    static Stream<Arguments> screens() {
        List<String> routes = List.of(
                "",
                "contracts/new",
                "admin/users",
                "admin/api-tokens",
                "me/calendar",
                "contracts/{id}",
                "contracts/{id}/changes",
                "changes/{cr}",
                "changes/{cr}/edit",
                "contracts/{id}/compare/1/2",
                "contracts/{id}/overview",
                "contracts/{id}/indicators",
                "contracts/{id}/statement",
                "contracts/{id}/deliverables",
                "contracts/{id}/reviews",
                "contracts/{id}/audit",
                "contracts/{id}/access",
                "contracts/{id}/register",
                "reviews/{review}",
                "reviews/{review}/pack");
        return Stream.of(Translations.FRENCH, Translations.ENGLISH)
                .flatMap(locale -> routes.stream().map(route -> Arguments.of(route, locale)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("screens")
    void a_screen_speaks_one_language_and_shows_no_raw_key(String route, Locale locale) {
        String owner = contract.client().admin().username();
        TestAccounts.as(owner, () -> users.changeMyLocale(locale)); // as the language switch does
        login(owner);
        UI.getCurrent()
                .navigate(route.replace("{id}", contract.id().toString())
                        .replace("{cr}", changeRequest.toString())
                        .replace("{review}", review.toString()));
        MockVaadin.runUIQueue();

        String shown = String.join("\n", shownTexts(screenRoot().getElement(), new ArrayList<>()));
        assertThat(shown).as("the screen's texts were read").hasSizeGreaterThan(40);
        assertThat(found(RAW_KEY, shown)).as("raw keys on %s", route).isEmpty();
        Pattern otherLanguage = locale.equals(Translations.FRENCH) ? ENGLISH : FRENCH;
        assertThat(found(otherLanguage, shown))
                .as("words of the other language on %s (%s)", route, locale)
                .isEmpty();
    }

    /** The outermost component of the screen: the main layout around the view. */
    private static Component screenRoot() {
        Component root = UI.getCurrent().getCurrentView();
        while (root.getParent().isPresent() && !(root.getParent().get() instanceof UI)) {
            root = root.getParent().get();
        }
        return root;
    }

    private static List<String> shownTexts(Element element, List<String> into) {
        if (element.isTextNode()) {
            into.add(element.getText());
            return into;
        }
        for (String property : SHOWN_PROPERTIES) {
            String value = element.getProperty(property, null);
            if (value != null) {
                into.add(value);
            }
        }
        for (String attribute : SHOWN_ATTRIBUTES) {
            String value = element.getAttribute(attribute);
            if (value != null) {
                into.add(value);
            }
        }
        element.getChildren().forEach(child -> shownTexts(child, into));
        return into;
    }

    private static List<String> found(Pattern pattern, String text) {
        List<String> hits = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - 40);
            hits.add(text.substring(from, Math.min(text.length(), m.end() + 40)).replace('\n', ' '));
        }
        return hits;
    }
}
