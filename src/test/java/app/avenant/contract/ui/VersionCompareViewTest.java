package app.avenant.contract.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VersionCompareViewTest extends ContractUiTest {

    @Test
    void comparing_v2_with_v3_shows_the_new_baseline_and_the_new_band_price() {
        login("claire.martin");
        UUID id = idOf(BOOKKEEPING);

        VersionCompareView view = open(id, 2, 3);

        String text = text(view);
        assertThat(view.getPageTitle()).isEqualTo("Comparaison v2 → v3");
        assertThat(text).contains("Comparaison v2 → v3", "Volumes", "Saisie des factures fournisseurs", "Modifié");
        assertThat(rows(view))
                .contains(
                        // the demo's v3 came from request n° 2: the PME proposed the baseline, the provider the price
                        "Prix unitaire — tranche à partir de " + units(1001) + money("1.60") + money("1.70")
                                + "Prestataire — Léa Bernard — demande n° 2",
                        "Volume de référence mensuel" + units(800) + units(1040) + "PME — Paul Durand — demande n° 2");
        // why the final price: the provider's counter-proposal note, which the request's reason does not tell
        assertThat(_find(view, NativeTableRow.class).stream().map(ContractUiTest::text))
                .anyMatch(row ->
                        row.startsWith("Prix unitaire") && row.contains("Pourquoi : « Nous acceptons la base de "));
        // only what v3 changed: the volumes of one scope item
        assertThat(text(view)).doesNotContain("Niveaux de service", "Rapprochement bancaire");
        // the old value is struck through
        assertThat(_find(view, Del.class)).extracting(ContractUiTest::text).contains(money("1.60"), "800");
    }

    @Test
    void the_pdfs_of_both_versions_are_offered_and_of_every_amendment_between_them() {
        login("claire.martin");
        UUID id = idOf(BOOKKEEPING);

        List<String> consecutive = pdfLinks(open(id, 2, 3));
        List<String> apart = pdfLinks(open(id, 1, 3));

        assertThat(consecutive)
                .containsExactly(
                        "documents/contracts/" + id + "/versions/2.pdf",
                        "documents/contracts/" + id + "/versions/3.pdf",
                        "documents/contracts/" + id + "/versions/3/amendment.pdf");
        // from v1 to v3: both amendments signed in between
        assertThat(apart)
                .containsExactly(
                        "documents/contracts/" + id + "/versions/1.pdf",
                        "documents/contracts/" + id + "/versions/3.pdf",
                        "documents/contracts/" + id + "/versions/2/amendment.pdf",
                        "documents/contracts/" + id + "/versions/3/amendment.pdf");
    }

    private static List<String> pdfLinks(VersionCompareView view) {
        return _find(view, Anchor.class).stream()
                .filter(a -> a.getClassNames().contains("av-pdf-link"))
                .map(Anchor::getHref)
                .toList();
    }

    @Test
    void comparing_v1_with_v2_shows_the_added_service_level_and_the_documented_procedure() {
        login("paul.durand");

        VersionCompareView view = open(idOf(BOOKKEEPING), 1, 2);

        String text = text(view);
        assertThat(text)
                .contains(
                        "Périmètre",
                        "Rapprochement bancaire mensuel",
                        "Niveaux de service",
                        "Factures saisies sans erreur",
                        "Ajouté");
        assertThat(rows(view))
                .contains(
                        "Lien vers la documentation—https://docs.boulangerie-martin.example/rapprochement"
                                + "PME — Paul Durand — demande n° 1",
                        "Cible—" + percent("99") + "PME — Paul Durand — demande n° 1",
                        "Critique (donne droit à des avoirs)—Non" + "PME — Paul Durand — demande n° 1");
    }

    @Test
    void changing_a_version_in_the_selects_shows_the_other_comparison() {
        login("claire.martin");
        UUID id = idOf(BOOKKEEPING);
        VersionCompareView view = open(id, 2, 3);

        @SuppressWarnings("unchecked")
        Select<Integer> from = _get(view, Select.class, spec -> spec.withLabel("Version de départ"));
        _setValue(from, 1);

        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("contracts/" + id + "/compare/1/3");
        assertThat(text(_get(VersionCompareView.class))).contains("Comparaison v1 → v3");
    }

    @Test
    void the_versions_dates_and_approvers_are_shown() {
        login("claire.martin");
        VersionCompareView view = open(idOf(BOOKKEEPING), 2, 3);

        assertThat(text(view))
                .contains(
                        "v2 du ",
                        "v3 du ",
                        "approuvée par Claire Martin (PME) et Julien Moreau (Prestataire)",
                        "Volume de référence porté à 1 040 factures");
    }

    @Test
    void comparing_a_version_with_itself_says_there_is_no_difference() {
        login("claire.martin");

        VersionCompareView view = open(idOf(BOOKKEEPING), 3, 3);

        assertThat(text(view)).contains("Aucune différence entre ces deux versions.");
    }

    @Test
    void an_unknown_version_another_organisation_and_a_bad_address_all_show_not_found() {
        UUID bookkeeping = idOfAsOwnerThenLogin(BOOKKEEPING, "marc.petit");
        String notFound = text(open(bookkeeping, 1, 2));
        assertThat(notFound).contains("Contrat introuvable").doesNotContain("Comparaison");

        assertThat(text(open(UUID.randomUUID(), 1, 2))).isEqualTo(notFound);
        navigate("contracts/" + bookkeeping + "/compare/zero/2");
        assertThat(text(_get(VersionCompareView.class))).isEqualTo(notFound);

        login("claire.martin");
        assertThat(text(open(bookkeeping, 2, 9))).isEqualTo(notFound);
        assertThat(text(open(bookkeeping, 0, 2))).isEqualTo(notFound);
    }

    private static VersionCompareView open(UUID id, int from, int to) {
        navigate("contracts/" + id + "/compare/" + from + "/" + to);
        return _get(VersionCompareView.class);
    }

    /** The rows without the revision notes ("Pourquoi : « … »"), which one test reads on its own. */
    private static List<String> rows(VersionCompareView view) {
        return _find(view, NativeTableRow.class).stream()
                .map(ContractUiTest::text)
                .map(row -> row.replaceAll("Pourquoi : « .* »$", ""))
                .toList();
    }
}
