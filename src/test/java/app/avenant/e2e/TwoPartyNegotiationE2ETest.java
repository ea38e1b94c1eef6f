package app.avenant.e2e;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.change.ChangeFixtures;
import app.avenant.change.ChangeRequests;
import app.avenant.change.NewChangeRequest;
import app.avenant.contract.ContractFilter;
import app.avenant.contract.Contracts;
import app.avenant.contract.terms.BandPricing;
import app.avenant.contract.terms.ContractHeader;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.terms.PriceBand;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.VolumeTerms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two real browsers over the running portal, one per side, doing what a PME and its provider do: the PME's
 * comment appears on the provider's open change request screen through server push, without any reload; a
 * negotiation from a price band to the version that says who proposed what (whose turn on both screens, a
 * counter-proposal, an edit kept through a reload, an internal note the provider never sees); a conflict with
 * a request accepted meanwhile settled in one revision. Run by .ci/run (tag "e2e"); needs Debian's chromium
 * and chromium-driver. Screens are found by their words (French) and by the stable classes and ids listed in
 * the constants below, never by the editor's structure (its bands may be rows, cards or a table).
 */
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TwoPartyNegotiationE2ETest {

    private static final String DEMO_PASSWORD = "Avenant-demo-2026";

    /** The demo contract: Boulangerie Martin (PME) and Compta Services Lyon (provider). */
    private static final String CONTRACT = "AV-2026-001";
    /** Its volume-priced scope item, whose second band (from 501 units) both sides negotiate. */
    private static final String ITEM = "saisie-factures";

    private static final String ITEM_TITLE = "Saisie des factures fournisseurs";
    private static final String BAND_FIELD = "Prix unitaire — tranche à partir de 501";

    // the stable hooks of the screens this test reads
    /** The request screen's first line: whose turn it is (docs/decisions/0025). */
    private static final String NEXT_STEP = ".av-cr-next";
    /** The element the editor was opened on from "Proposer une modification" (docs/decisions/0028). */
    private static final String FOCUSED = ".av-focused";

    private static final String PROPOSE_LINK = ".av-volume-item a.av-propose-link";
    private static final String NEW_REQUEST_DIALOG = "vaadin-dialog.av-cr-new-dialog";
    private static final String CHANGES_SECTION = "#cr-diff";
    private static final String NOTES_SECTION = "#cr-notes";
    private static final String DISCUSSION_SECTION = "#cr-discussion";
    private static final String CONFLICT_PANEL = ".av-conflicts";
    private static final String ACCEPTED_BANNER = ".av-cr-accepted";

    @LocalServerPort
    int port;

    @Autowired
    Contracts contracts;

    @Autowired
    ChangeRequests changeRequests;

    @Test
    void the_providers_open_screen_shows_the_pme_comment_without_reload() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID contractId = as(
                        "claire.martin", () -> contracts.myContracts(new ContractFilter(null, "AV-2026-001"), 0, 5))
                .getFirst()
                .id();
        UUID request = as(
                "paul.durand",
                () -> changeRequests.propose(
                        contractId,
                        new NewChangeRequest(
                                "Volume de janvier " + tag, "Pic saisonnier des factures", ObjectiveKind.TIME_SAVED)));
        // a request must change something before it is submitted: one more month of notice
        as("paul.durand", () -> {
            var detail = changeRequests.detail(request);
            var header = detail.proposed().header();
            changeRequests.revise(
                    request,
                    detail.version(),
                    detail.proposed()
                            .withHeader(new ContractHeader(
                                    header.startDate(),
                                    header.initialTermMonths(),
                                    header.renewal(),
                                    header.renewalTermMonths(),
                                    header.noticePeriodMonths() + 1,
                                    header.atRiskPercent(),
                                    header.penaltyCapAmount())),
                    "");
        });
        as(
                "paul.durand",
                () -> changeRequests.submit(
                        request, changeRequests.detail(request).version()));
        String base = "http://localhost:" + port;

        try (BrowserSession pme = BrowserSession.open(base).signIn("paul.durand", DEMO_PASSWORD);
                BrowserSession provider = BrowserSession.open(base).signIn("julien.moreau", DEMO_PASSWORD)) {
            provider.go("changes/" + request);
            provider.waitFor(
                    d -> provider.text().contains("Volume de janvier " + tag) ? true : null, Duration.ofSeconds(30));
            // A reload would wipe this marker: its survival proves the comment arrived by push.
            ((JavascriptExecutor) provider.driver()).executeScript("window.avenantMarker = 'still-here';");

            pme.go("changes/" + request);
            WebElement text = pme.waitFor(
                    d -> d.findElement(By.cssSelector(".av-cr-comment-form vaadin-text-area textarea")),
                    Duration.ofSeconds(30));
            String message = "Pouvez-vous confirmer le volume de janvier ? " + tag;
            text.sendKeys(message);
            pme.driver()
                    .findElement(By.xpath("//vaadin-button[normalize-space(.)='Publier']"))
                    .click();
            long sent = System.nanoTime();

            provider.waitFor(d -> provider.text().contains(message) ? true : null, Duration.ofSeconds(10));
            long millis = (System.nanoTime() - sent) / 1_000_000;
            System.out.printf("e2e: the comment reached the provider's open screen in %d ms%n", millis);

            assertThat(provider.text()).contains(message);
            assertThat(((JavascriptExecutor) provider.driver()).executeScript("return window.avenantMarker;"))
                    .isEqualTo("still-here");

            // the screen's one live notice says who acted, closes by itself, and says it again at the next change
            provider.waitFor(
                    d -> liveNotice(provider).contains("Mis à jour par Paul Durand") ? true : null,
                    Duration.ofSeconds(5));
            provider.waitFor(d -> liveNotice(provider).isEmpty() ? true : null, Duration.ofSeconds(10));
            String again = "Et pour février ? " + tag;
            WebElement textAgain =
                    pme.driver().findElement(By.cssSelector(".av-cr-comment-form vaadin-text-area textarea"));
            textAgain.sendKeys(again);
            pme.driver()
                    .findElement(By.xpath("//vaadin-button[normalize-space(.)='Publier']"))
                    .click();
            provider.waitFor(d -> provider.text().contains(again) ? true : null, Duration.ofSeconds(10));
            provider.waitFor(
                    d -> liveNotice(provider).contains("Mis à jour par Paul Durand") ? true : null,
                    Duration.ofSeconds(5));
        }
    }

    /** The text of the notifications open on that browser's page (empty once they closed). */
    private static String liveNotice(BrowserSession browser) {
        Object text = ((JavascriptExecutor) browser.driver())
                .executeScript("return Array.from(document.querySelectorAll('vaadin-notification-card'))"
                        + ".map(card => card.innerText).join(' ');");
        return text == null ? "" : text.toString();
    }

    /**
     * Issue 12's negotiation as both sides live it: Paul (PME editor) proposes a lower price from the band on
     * the contract's Volumes tab, his edit survives a reload, he submits; both screens say whose approval is
     * awaited, by name; Léa (provider editor) counter-proposes; Paul's open screen says it is his turn to answer
     * Léa; Paul's internal note never reaches Léa; once both approvers approved, the version compare credits
     * the band's price to Léa's counter-proposal in that request.
     */
    @Test
    void a_band_price_negotiated_from_the_volumes_tab_to_a_version_that_says_who_proposed_it() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID contractId = contractId();
        BigDecimal inForce = bandPrice(
                as("claire.martin", () -> contracts.currentTerms(contractId)).terms());
        int versionBefore =
                as("claire.martin", () -> contracts.currentTerms(contractId)).versionNumber();
        String inForceText = amount(inForce);
        String pmeOffer = amount(inForce.subtract(new BigDecimal("0.05")));
        String providerOffer = amount(inForce.subtract(new BigDecimal("0.02")));
        String title = "Tranche 501–1 000 moins chère " + tag;
        String base = "http://localhost:" + port;

        try (BrowserSession pme = BrowserSession.open(base).signIn("paul.durand", DEMO_PASSWORD);
                BrowserSession provider = BrowserSession.open(base).signIn("lea.bernard", DEMO_PASSWORD)) {
            // --- Paul proposes from the band's card on the Volumes tab
            pme.go("contracts/" + contractId + "?tab=volumes");
            pme.waitFor(d -> d.findElement(By.cssSelector(PROPOSE_LINK))).click();
            String about = pme.waitForTextOf(NEW_REQUEST_DIALOG, ITEM_TITLE);
            assertThat(about).contains("Elle portera sur : Volumes — " + ITEM_TITLE);
            pme.field(NEW_REQUEST_DIALOG, "Titre").sendKeys(title);
            pme.field(NEW_REQUEST_DIALOG, "Raison")
                    .sendKeys(
                            "Nos volumes se stabilisent autour de 1 000 factures : la deuxième tranche doit baisser.");
            pme.waitFor(d -> d.findElement(By.cssSelector(NEW_REQUEST_DIALOG + " vaadin-select-value-button")))
                    .click();
            pme.waitFor(d -> d.findElement(By.xpath("//vaadin-select-item[normalize-space(.)='Coût']")))
                    .click();
            pme.press(NEW_REQUEST_DIALOG, "Créer le brouillon");

            // the editor opens on that item's volumes
            pme.waitFor(d -> pme.url().contains("/edit") ? true : null);
            String requestPath =
                    pme.url().replaceFirst("^.*/changes/", "changes/").replaceFirst("/edit.*$", "");
            UUID request = UUID.fromString(requestPath.substring("changes/".length()));
            assertThat(pme.waitForTextOf(FOCUSED, ITEM_TITLE)).contains(ITEM_TITLE);
            pme.retype(pme.inputShowing(FOCUSED, inForceText, "prix"), pmeOffer);

            // --- F5 before saving: the edit is still there after the reload
            ((JavascriptExecutor) pme.driver()).executeScript("window.avenantMarker = 'before-reload';");
            pme.reload();
            pme.waitFor(
                    d -> ((JavascriptExecutor) d).executeScript("return window.avenantMarker;") == null ? true : null);
            pme.waitFor(d -> pme.anyInputShows(pmeOffer) ? true : null);
            assertThat(pme.anyInputShows(inForceText))
                    .as("the band shows the edit typed before the reload, not the price in force")
                    .isFalse();

            pme.press("Enregistrer la révision");
            pme.waitFor(d -> pme.url().endsWith(requestPath) ? true : null);
            assertThat(pme.waitForTextOf(CHANGES_SECTION, BAND_FIELD))
                    .contains(BAND_FIELD)
                    .contains(inForceText + " €")
                    .contains(pmeOffer + " €");
            pme.press("Soumettre");

            // --- whose turn, on both screens, by name
            String awaitingProvider = "En attente de l’approbation de Julien Moreau (Compta Services Lyon SAS)";
            pme.waitForTextOf(NEXT_STEP, awaitingProvider);
            provider.go(requestPath);
            assertThat(provider.waitForTextOf(NEXT_STEP, "En attente de l’approbation"))
                    .startsWith(awaitingProvider);

            // --- Léa counter-proposes: the editor says what Paul changed, she answers with her price
            provider.press(".av-cr-actions", "Contre-proposer");
            provider.waitFor(d -> provider.url().contains("/edit") ? true : null);
            provider.waitForText("proposé par Paul Durand (PME)");
            provider.retype(provider.inputShowing(null, pmeOffer, "prix"), providerOffer);
            provider.press("Enregistrer la révision");
            provider.waitFor(d -> provider.url().endsWith(requestPath) ? true : null);
            assertThat(provider.waitForTextOf(NEXT_STEP, "En attente de l’approbation"))
                    .startsWith("En attente de l’approbation de Claire Martin (Boulangerie Martin SARL)");
            // Paul's screen, open all along, now says it is his turn
            pme.waitForTextOf(NEXT_STEP, "À vous : répondre à la contre-proposition de Léa Bernard");
            assertThat(pme.textOf(CHANGES_SECTION)).contains(providerOffer + " €");

            // --- an internal note of the PME: Léa never sees it, open screen or fresh load
            String note = "Notre plafond est " + pmeOffer + " €, pas plus " + tag;
            pme.field(NOTES_SECTION, "Votre note interne").sendKeys(note);
            pme.press(NOTES_SECTION, "Enregistrer la note");
            pme.waitForTextOf(NOTES_SECTION, note);
            assertThat(pme.textOf(NOTES_SECTION)).contains("l’autre côté ne les voit jamais");
            // a shared comment right after it: once that reached Léa's open screen, so would have the note
            String comment = "Nous regardons votre contre-proposition " + tag;
            pme.field(DISCUSSION_SECTION, "Votre message").sendKeys(comment);
            pme.press(DISCUSSION_SECTION, "Publier");
            provider.waitForText(comment);
            assertThat(provider.text()).doesNotContain(note);
            assertThat(provider.pageSource()).doesNotContain(note);
            provider.go(requestPath);
            provider.waitForTextOf(DISCUSSION_SECTION, comment);
            assertThat(provider.text()).doesNotContain(note);
            assertThat(provider.pageSource()).doesNotContain(note);
            assertThat(provider.textOf(NOTES_SECTION)).contains("Notes internes (Prestataire)");

            // --- both approvers approve Léa's revision (not the point here: service calls), which accepts it
            int revision = as("paul.durand", () -> changeRequests.detail(request))
                    .latest()
                    .number();
            as("claire.martin", () -> changeRequests.approve(request, revision));
            as("julien.moreau", () -> changeRequests.approve(request, revision));
            pme.waitForTextOf(NEXT_STEP, "Acceptée");

            // --- the version compare credits the band's new price to Léa, in this request
            pme.follow(ACCEPTED_BANNER + " a");
            pme.waitFor(d -> pme.url().contains("/compare/" + versionBefore + "/") ? true : null);
            String row = pme.waitFor(d -> (String) ((JavascriptExecutor) d)
                    .executeScript(
                            "return [...document.querySelectorAll('tr')].map(r => r.innerText.replace(/[\\u00a0\\u202f]/g, ' '))"
                                    + ".find(t => t.includes(arguments[0]) && t.includes(arguments[1])) || null;",
                            BAND_FIELD,
                            "Léa Bernard"));
            assertThat(row)
                    .contains(inForceText + " €")
                    .contains(providerOffer + " €")
                    .contains("Prestataire")
                    .contains("demande n°");
            assertThat(pme.text()).contains(title).contains("Claire Martin").contains("Julien Moreau");
        }
    }

    /**
     * Decision 0028's conflict: Paul's submitted request lowers the band's price and lengthens the notice;
     * meanwhile Léa's request on the same price was accepted (set-up through the services). Paul's screen says
     * the request is blocked; in the editor he takes the price in force, keeps his notice, saves once, and the
     * request is unblocked, awaiting approval, with only the notice left to decide.
     */
    @Test
    void a_conflict_with_a_request_accepted_meanwhile_is_settled_in_one_revision() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID contractId = contractId();
        Terms start =
                as("claire.martin", () -> contracts.currentTerms(contractId)).terms();
        BigDecimal price = bandPrice(start);
        int notice = start.header().noticePeriodMonths();

        UUID mine = as(
                "paul.durand",
                () -> changeRequests.propose(
                        contractId,
                        new NewChangeRequest(
                                "Préavis et deuxième tranche " + tag,
                                "Un mois de préavis de plus et un prix plus bas",
                                ObjectiveKind.COST)));
        as("paul.durand", () -> {
            var detail = changeRequests.detail(mine);
            Terms proposed = withBandPrice(detail.proposed(), price.subtract(new BigDecimal("0.10")));
            changeRequests.revise(mine, detail.version(), ChangeFixtures.withNoticePeriod(proposed, notice + 1), "");
            changeRequests.submit(mine, changeRequests.detail(mine).version());
        });
        UUID theirs = as(
                "lea.bernard",
                () -> changeRequests.propose(
                        contractId,
                        new NewChangeRequest("Deuxième tranche " + tag, "Prix révisé", ObjectiveKind.COST)));
        BigDecimal acceptedPrice = price.subtract(new BigDecimal("0.20"));
        as("lea.bernard", () -> {
            var detail = changeRequests.detail(theirs);
            changeRequests.revise(theirs, detail.version(), withBandPrice(detail.proposed(), acceptedPrice), "");
            changeRequests.submit(theirs, changeRequests.detail(theirs).version());
        });
        int theirRevision =
                as("lea.bernard", () -> changeRequests.detail(theirs)).latest().number();
        as("claire.martin", () -> changeRequests.approve(theirs, theirRevision));
        as("julien.moreau", () -> changeRequests.approve(theirs, theirRevision));
        int revisionsBefore =
                as("paul.durand", () -> changeRequests.detail(mine)).latest().number();

        try (BrowserSession pme =
                BrowserSession.open("http://localhost:" + port).signIn("paul.durand", DEMO_PASSWORD)) {
            pme.go("changes/" + mine);
            pme.waitForTextOf(NEXT_STEP, "Bloquée par des conflits avec la version en vigueur. À vous");
            pme.press(".av-cr-actions", "Modifier la proposition");

            // the editor lists the conflict: base, this request, in force, and the two choices
            String panel = pme.waitForTextOf(CONFLICT_PANEL, "Conflits à régler (1)");
            assertThat(panel)
                    .contains(amount(price) + " €")
                    .contains(amount(price.subtract(new BigDecimal("0.10"))) + " €")
                    .contains(amount(acceptedPrice) + " €");
            pme.press(CONFLICT_PANEL, "Prendre la valeur en vigueur");
            pme.waitFor(
                    d -> d.findElements(By.cssSelector(CONFLICT_PANEL + " vaadin-button[aria-pressed='true']")).stream()
                                    .anyMatch(b -> b.getText().contains("Prendre la valeur en vigueur"))
                            ? true
                            : null);
            pme.waitFor(d -> pme.anyInputShows(amount(acceptedPrice)) ? true : null);
            pme.press("Enregistrer la révision");

            // one revision later, nothing is blocked: only the notice remains to be approved
            pme.waitFor(d -> pme.url().endsWith("changes/" + mine) ? true : null);
            String next = pme.waitForTextOf(NEXT_STEP, "En attente de l’approbation");
            assertThat(next).doesNotContain("Bloquée");
            assertThat(pme.driver().findElements(By.cssSelector(".av-cr-conflicts")))
                    .isEmpty();
            assertThat(pme.text()).contains("Révision " + (revisionsBefore + 1));
            assertThat(pme.textOf(CHANGES_SECTION)).contains("Préavis").doesNotContain("tranche à partir de 501");
        }
        var settled = as("paul.durand", () -> changeRequests.detail(mine));
        assertThat(settled.conflicts()).isEmpty();
        assertThat(settled.baseOutdated()).isFalse();
        assertThat(settled.latest().number()).isEqualTo(revisionsBefore + 1);
    }

    private UUID contractId() {
        return as("claire.martin", () -> contracts.myContracts(new ContractFilter(null, CONTRACT), 0, 5))
                .getFirst()
                .id();
    }

    private static VolumeTerms volume(Terms terms) {
        return terms.scopeItems().stream()
                .filter(i -> i.key().equals(ITEM))
                .findFirst()
                .orElseThrow()
                .volume();
    }

    /** The unit price of the band from 501 units. */
    private static BigDecimal bandPrice(Terms terms) {
        return ((BandPricing) volume(terms).pricing())
                .bands().stream()
                        .filter(b -> b.fromUnits() == 501)
                        .findFirst()
                        .orElseThrow()
                        .unitPrice();
    }

    private static Terms withBandPrice(Terms terms, BigDecimal price) {
        ScopeItem item = terms.scopeItems().stream()
                .filter(i -> i.key().equals(ITEM))
                .findFirst()
                .orElseThrow();
        VolumeTerms volume = item.volume();
        BandPricing pricing = (BandPricing) volume.pricing();
        List<PriceBand> bands = new ArrayList<>();
        for (PriceBand band : pricing.bands()) {
            bands.add(band.fromUnits() == 501 ? new PriceBand(band.fromUnits(), band.toUnits(), price) : band);
        }
        return terms.withScopeItem(new ScopeItem(
                item.key(),
                item.title(),
                item.description(),
                item.acceptanceCriteria(),
                item.unitOfMeasure(),
                item.documentationUrl(),
                item.retainedDecision(),
                new VolumeTerms(
                        volume.baselineMonthlyUnits(),
                        volume.seasonalProfile(),
                        volume.flexRangePercent(),
                        new BandPricing(pricing.mode(), bands))));
    }

    /** An amount as the screens write it in French: "1,75" (two decimals at least, up to four). */
    private static String amount(BigDecimal value) {
        BigDecimal shown = value.stripTrailingZeros();
        shown = shown.scale() < 2 ? shown.setScale(2, RoundingMode.UNNECESSARY) : shown;
        return shown.toPlainString().replace('.', ',');
    }
}
