package app.avenant.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.audit.AuditAction;
import app.avenant.audit.domain.AuditChain;
import app.avenant.audit.domain.NewAuditEntry;
import app.avenant.testing.KeepsSecurityContextStrategy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an operator's {@code curl -s localhost:8081/actuator/auditchain} gets, over real HTTP on the management
 * port, without signing in. Shares the real-port context of the API and security-header tests (same
 * annotation), and puts the JVM-wide security-context strategy back afterwards, as they do.
 */
@ExtendWith(KeepsSecurityContextStrategy.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditChainEndpointTest {

    @LocalManagementPort
    int managementPort;

    @LocalServerPort
    int port;

    @Autowired
    AuditChain chain;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_operator_reads_without_signing_in_that_the_chain_is_intact_and_how_many_entries_were_checked()
            throws Exception {
        long last = chain.append(entry("vérifiée par l'exploitant"));

        HttpResponse<String> answer = get(managementPort);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"intact\":true");
        long checked = Long.parseLong(answer.body().replaceAll(".*\"entriesChecked\":(\\d+).*", "$1"));
        assertThat(checked).isGreaterThanOrEqualTo(last);
    }

    @Test
    void a_changed_row_is_reported_with_its_number_and_a_reason_in_english() throws Exception {
        long tampered = chain.append(entry("montant validé : 1 000 €"));
        chain.append(entry("après"));
        jdbc.update("update audit_entry set details = ? where seq = ?", "montant validé : 10 €", tampered);
        try {
            HttpResponse<String> answer = get(managementPort);

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body())
                    .contains(
                            "\"intact\":false",
                            "\"firstBrokenSeq\":" + tampered,
                            "\"problem\":\"HASH_MISMATCH\"",
                            "\"reason\":\"content changed");
        } finally {
            jdbc.update("update audit_entry set details = ? where seq = ?", "montant validé : 1 000 €", tampered);
        }
        assertThat(get(managementPort).body()).contains("\"intact\":true");
    }

    @Test
    void the_portal_s_own_port_does_not_serve_it() throws Exception {
        HttpResponse<String> answer = get(port);

        assertThat(answer.statusCode()).isNotEqualTo(200);
        assertThat(answer.body()).doesNotContain("intact");
    }

    private static HttpResponse<String> get(int port) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/auditchain"))
                                .GET()
                                .build(),
                        BodyHandlers.ofString());
    }

    private static NewAuditEntry entry(String details) {
        return new NewAuditEntry(Instant.now(), null, "Test", null, UUID.randomUUID(), AuditAction.EXPORT, details);
    }
}
