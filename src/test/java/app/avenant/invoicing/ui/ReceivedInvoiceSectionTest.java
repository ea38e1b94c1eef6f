package app.avenant.invoicing.ui;

import static app.avenant.performance.PerformanceFixtures.INVOICES;
import static app.avenant.performance.PerformanceFixtures.PAYROLL;
import static app.avenant.testing.TestAccounts.as;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.Contracts;
import app.avenant.identity.LegalIdentityFixtures;
import app.avenant.identity.internal.UsersForModules;
import app.avenant.invoicing.facturx.FacturXWriter;
import app.avenant.invoicing.facturx.InvoiceDocument;
import app.avenant.invoicing.received.ReceivedSamples;
import app.avenant.performance.Deliverables;
import app.avenant.performance.MonthFigures;
import app.avenant.performance.PerformanceFixtures;
import app.avenant.performance.PerformanceFixtures.PerformanceContract;
import app.avenant.performance.QualityOutcome;
import app.avenant.performance.Statements;
import app.avenant.shared.ui.StaticHtml;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The gérante files the invoice she received under the month's statement, reads what differs and tells the provider. */
class ReceivedInvoiceSectionTest extends UiTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Autowired
    TestAccounts accounts;

    @Autowired
    Contracts contracts;

    @Autowired
    Deliverables deliverables;

    @Autowired
    Statements statements;

    @Autowired
    UsersForModules organisations;

    private PerformanceContract contract;
    private InvoiceDocument sent;

    @BeforeEach
    void validatedMarch() {
        PerformanceFixtures fixtures = new PerformanceFixtures(accounts, contracts, deliverables);
        contract = fixtures.workedExample();
        fixtures.deliverMany(contract, INVOICES, MARCH.atDay(10), 2, 400, QualityOutcome.FIRST_PASS, true);
        fixtures.deliver(contract, PAYROLL, MARCH.atDay(20), 1180, QualityOutcome.FIRST_PASS, true);
        as(contract.providerManager(), () -> statements.validate(contract.id(), MARCH, 1));
        as(contract.clientOwner(), () -> statements.validate(contract.id(), MARCH, 1));
        organisations.setLegalIdentity(contract.provider().organisation().id(), LegalIdentityFixtures.provider());
        organisations.setLegalIdentity(contract.client().organisation().id(), LegalIdentityFixtures.client());
        MonthFigures march = as(contract.clientOwner(), () -> statements.statement(contract.id(), MARCH))
                .figures();
        sent = ReceivedSamples.invoice(march, "FA-2026-0042", contract.reference());
    }

    private ReceivedInvoiceSection open() {
        UI.getCurrent().navigate("contracts/" + contract.id() + "/statement", QueryParameters.of("month", "2026-03"));
        MockVaadin.runUIQueue();
        return _get(ReceivedInvoiceSection.class);
    }

    private static void upload(ReceivedInvoiceSection section, String name, String type, byte[] content) {
        UploadKt._upload(_get(section, Upload.class), name, type, content);
        MockVaadin.runUIQueue();
    }

    /** What the section shows: its components' texts and its blocks of HTML without their tags. */
    private static String shown(ReceivedInvoiceSection section) {
        String blocks = _find(section, StaticHtml.Block.class).stream()
                .map(b -> b.getElement().getProperty("innerHTML", "").replaceAll("<[^>]+>", " "))
                .collect(Collectors.joining(" "));
        return (section.getElement().getTextRecursively() + " " + blocks)
                .replaceAll("[\\u00a0\\u202f]", " ")
                .replace("&nbsp;", " ");
    }

    @Test
    void the_statements_own_invoice_is_marked_conforming() {
        ReceivedInvoiceSection section;
        login(contract.clientOwner());
        section = open();
        assertThat(shown(section)).contains("Aucune facture reçue pour ce mois");

        upload(section, "FA-2026-0042.pdf", "application/pdf", FacturXWriter.pdf(sent));

        String text = shown(_get(ReceivedInvoiceSection.class));
        assertThat(text)
                .contains(
                        "Facture n° FA-2026-0042 déposée : conforme au relevé validé.",
                        "Conforme au relevé validé",
                        "Facture n° FA-2026-0042 du 02/04/2026 — Compta Services Lyon SAS",
                        "500 × 2,00 € = 1 000,00 €")
                .doesNotContain("Aucune facture reçue");
        assertThat(_get(Anchor.class, spec -> spec.withText("Télécharger la facture reçue")))
                .isNotNull();
    }

    @Test
    void a_quantity_above_the_statement_is_shown_and_told_to_the_provider_who_answers() {
        login(contract.clientOwner());
        ReceivedInvoiceSection section = open();
        // 100 units more on the first line than the statement validated
        InvoiceDocument more = ReceivedSamples.withLines(
                sent,
                ReceivedSamples.replaced(
                        sent.lines(),
                        0,
                        ReceivedSamples.quantity(
                                sent.lines().getFirst(),
                                sent.lines().getFirst().quantity().longValue() + 100)));

        upload(section, "facture.xml", "application/xml", FacturXWriter.xml(more));

        String text = shown(_get(ReceivedInvoiceSection.class));
        assertThat(text)
                .contains(
                        "elle présente des écarts", "écarts avec le relevé", "Quantité différente", "Total HT facturé");
        _click(_get(Button.class, spec -> spec.withText("Signaler les écarts au prestataire")));
        TextArea message = _get(TextArea.class, spec -> spec.withLabel("Votre message"));
        assertThat(message.getValue().replaceAll("[\\u00a0\\u202f]", " "))
                .contains(
                        "Votre facture n° FA-2026-0042 du 02/04/2026",
                        "unités : quantité différente (facturé 600 × 2,00 € = 1 200,00 €, relevé 500 × 2,00 €",
                        "un avoir");
        _click(_get(Button.class, spec -> spec.withText("Envoyer")));
        NotificationsKt.expectNotifications("Message envoyé au prestataire.");
        assertThat(shown(_get(ReceivedInvoiceSection.class))).contains("Échanges sur cette facture", "(client)");

        logout();
        login(contract.providerManager());
        ReceivedInvoiceSection provider = open();
        assertThat(_find(provider, Upload.class)).isEmpty();
        assertThat(shown(provider)).contains("Le client les dépose ici", "Quantité différente");
        _click(_get(Button.class, spec -> spec.withText("Répondre au client")));
        _get(TextArea.class, spec -> spec.withLabel("Votre message")).setValue("Avoir n° AV-12 envoyé ce jour.");
        _click(_get(Button.class, spec -> spec.withText("Envoyer")));
        assertThat(shown(_get(ReceivedInvoiceSection.class)))
                .contains("Avoir n° AV-12 envoyé ce jour.", "(prestataire)");
    }

    @Test
    void a_file_that_is_not_an_invoice_is_refused_beside_the_upload_and_nothing_is_listed() {
        login(contract.clientOwner());
        ReceivedInvoiceSection section = open();

        upload(section, "scan.txt", "application/xml", "Facture de mars".getBytes(StandardCharsets.UTF_8));

        assertThat(shown(_get(ReceivedInvoiceSection.class)))
                .contains("Ce fichier n’est pas une facture électronique", "Aucune facture reçue pour ce mois");
    }

    @Test
    void a_pme_viewer_reads_but_does_not_file() {
        login(contract.clientViewer());
        ReceivedInvoiceSection section = open();

        assertThat(_find(section, Upload.class)).isEmpty();
        assertThat(shown(section))
                .contains("Un propriétaire ou un éditeur du contrat de votre organisation les dépose ici");
    }
}
