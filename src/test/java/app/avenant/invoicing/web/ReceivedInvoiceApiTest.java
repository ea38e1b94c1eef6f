package app.avenant.invoicing.web;

import static app.avenant.performance.PerformanceFixtures.INVOICES;
import static app.avenant.performance.PerformanceFixtures.PAYROLL;
import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.Contracts;
import app.avenant.identity.ApiTokens;
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
import app.avenant.testing.TestAccounts;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The provider's invoicing software sends its invoice over real HTTP with its organisation's token: Avenant files it
 * under the month it bills and answers the check; refusals are problems and store nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReceivedInvoiceApiTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Contracts contracts;

    @Autowired
    Deliverables deliverables;

    @Autowired
    Statements statements;

    @Autowired
    ApiTokens tokens;

    @Autowired
    UsersForModules organisations;

    @Autowired
    JdbcTemplate jdbc;

    private PerformanceContract contract;
    private String token;
    private HttpClient http;
    private InvoiceDocument sent;

    @BeforeEach
    void setUp() throws Exception {
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
        token = as(contract.providerManager(), () -> tokens.create("Logiciel de facturation"))
                .plaintext();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        http = HttpClient.newBuilder()
                .localAddress(InetAddress.getByAddress(new byte[] {
                    127, (byte) random.nextInt(1, 255), (byte) random.nextInt(1, 255), (byte) random.nextInt(1, 255)
                }))
                .build();
    }

    private HttpResponse<String> post(String query, String type, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/v1/contracts/" + contract.reference() + "/invoices" + query))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private long rows() {
        Long n = jdbc.queryForObject(
                "select count(*) from received_invoice where contract_id = ?", Long.class, contract.id());
        return n == null ? 0 : n;
    }

    @Test
    void a_factur_x_sent_by_the_providers_software_is_filed_under_its_month_and_answered_conforming() throws Exception {
        HttpResponse<String> response = post("", "application/pdf", FacturXWriter.pdf(sent));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("number").asString()).isEqualTo("FA-2026-0042");
        assertThat(body.get("month").asString()).isEqualTo("2026-03");
        assertThat(body.get("verdict").asString()).isEqualTo("CONFORMING");
        assertThat(body.get("conforming").asBoolean()).isTrue();
        assertThat(body.get("lines").size()).isEqualTo(sent.lines().size());
        assertThat(jdbc.queryForObject(
                        "select received_through from received_invoice where contract_id = ?",
                        String.class,
                        contract.id()))
                .isEqualTo("Logiciel de facturation");
        // the PME's approver is told it arrived
        assertThat(jdbc.queryForList(
                        "select recipient_id from notification where contract_id = ? and kind = 'INVOICE_RECEIVED'",
                        java.util.UUID.class,
                        contract.id()))
                .containsExactly(contract.client().admin().id());
    }

    @Test
    void a_discrepant_ubl_is_filed_and_its_discrepancies_answered_in_english() throws Exception {
        InvoiceDocument dearer = ReceivedSamples.withRate(sent, new java.math.BigDecimal("10"));

        HttpResponse<String> response =
                post("", "application/xml", ReceivedSamples.ubl(dearer).getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("verdict").asString()).isEqualTo("DISCREPANCIES");
        assertThat(response.body()).contains("\"code\":\"VAT_RATE\"", "VAT at 10% while the contract applies 20%");
    }

    @Test
    void refusals_are_problems_and_store_nothing() throws Exception {
        HttpResponse<String> unreadable =
                post("", "application/pdf", "%PDF-1.7 broken".getBytes(StandardCharsets.UTF_8));
        assertThat(unreadable.statusCode()).isEqualTo(422);
        assertThat(unreadable.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(unreadable.body()).contains("invoice-unreadable", "unreadable or damaged");

        InvoiceDocument other =
                ReceivedSamples.withParties(sent, ReceivedSamples.otherCompany("Autre SAS"), sent.buyer());
        HttpResponse<String> foreign = post("", "application/pdf", FacturXWriter.pdf(other));
        assertThat(foreign.statusCode()).isEqualTo(422);
        assertThat(foreign.body()).contains("invoice-not-this-contract", "404833048");

        HttpResponse<String> form = post("", "application/x-www-form-urlencoded", FacturXWriter.pdf(sent));
        assertThat(form.statusCode()).isEqualTo(415);
        HttpResponse<String> badMonth = post("?month=mars", "application/pdf", FacturXWriter.pdf(sent));
        assertThat(badMonth.statusCode()).isEqualTo(400);
        HttpResponse<String> otherMonth = post("?month=2026-04", "application/pdf", FacturXWriter.pdf(sent));
        assertThat(otherMonth.statusCode()).isEqualTo(422);
        assertThat(otherMonth.body()).contains("This invoice bills 2026-03, not 2026-04");
        assertThat(rows()).isZero();

        assertThat(post("", "application/pdf", FacturXWriter.pdf(sent)).statusCode())
                .isEqualTo(201);
        HttpResponse<String> again = post("", "application/pdf", FacturXWriter.pdf(sent));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void an_invoice_without_billing_period_needs_the_month_and_is_then_filed_with_a_note() throws Exception {
        String xml = new String(FacturXWriter.xml(sent), StandardCharsets.UTF_8)
                .replaceAll("(?s)<ram:BillingSpecifiedPeriod>.*?</ram:BillingSpecifiedPeriod>", "");
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> without = post("", "application/xml", body);
        assertThat(without.statusCode()).isEqualTo(422);
        assertThat(without.body()).contains("no billing period", "month=YYYY-MM");

        HttpResponse<String> with = post("?month=2026-03", "application/xml", body);
        assertThat(with.statusCode()).as(with.body()).isEqualTo(201);
        assertThat(with.body()).contains("\"verdict\":\"CONFORMING\"", "\"code\":\"PERIOD_MISSING\"");
    }

    @Test
    void a_token_of_an_organisation_not_party_to_the_contract_learns_nothing() throws Exception {
        TestAccounts.TestOrganisation stranger =
                accounts.newOrganisation(app.avenant.identity.OrganisationKind.PROVIDER);
        token = as(stranger.admin().username(), () -> tokens.create("Autre")).plaintext();

        HttpResponse<String> response = post("", "application/pdf", FacturXWriter.pdf(sent));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(rows()).isZero();
    }
}
