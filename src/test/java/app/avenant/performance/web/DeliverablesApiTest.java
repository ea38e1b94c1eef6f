package app.avenant.performance.web;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.Contracts;
import app.avenant.identity.ApiTokens;
import app.avenant.identity.OrganisationKind;
import app.avenant.performance.DeliverableFilter;
import app.avenant.performance.DeliverableRow;
import app.avenant.performance.DeliverableSource;
import app.avenant.performance.Deliverables;
import app.avenant.performance.PerformanceFixtures;
import app.avenant.performance.PerformanceFixtures.PerformanceContract;
import app.avenant.performance.QualityOutcome;
import app.avenant.testing.KeepsSecurityContextStrategy;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.TestAccounts.TestOrganisation;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API over real HTTP, through the real security chains: a provider's tool with its organisation's token.
 * Each test calls from its own loopback address (127.x.y.z), so the failure throttle of one test never
 * blocks another.
 *
 * <p>A server on a real port needs a Spring context of its own, beside the one every other test shares. Vaadin
 * makes each context's security-context strategy the JVM-wide {@link SecurityContextHolder} strategy when
 * that context starts, so starting this one would leave the shared context's beans (its sign-out, for one)
 * on a strategy the static holder no longer uses: the holder is put back as it was once this class is done.
 */
@ExtendWith(KeepsSecurityContextStrategy.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeliverablesApiTest {

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
    ApiTokens tokens;

    PerformanceContract contract;
    String token;
    HttpClient http;

    @BeforeEach
    void setUp() throws IOException {
        contract = new PerformanceFixtures(accounts, contracts, deliverables).workedExample();
        token = as(contract.providerManager(), () -> tokens.create("ERP du prestataire"))
                .plaintext();
        http = HttpClient.newBuilder().localAddress(randomLoopbackAddress()).build();
    }

    // --- happy path and idempotency ---

    @Test
    void a_provider_tool_records_a_batch_that_the_members_then_see() throws Exception {
        HttpResponse<String> response = post(
                contract.reference(),
                token,
                batch(
                        deliverable("F-2026-10-001", "2026-10-05", "2026-10-04", 412, "FIRST_PASS")
                                .put("cost", 12.50),
                        deliverable("F-2026-10-002", "2026-10-20", null, 380, null)));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(json(response)).isEqualTo(JSON.readTree("{\"created\":2,\"alreadyRecorded\":0}"));
        assertThat(response.headers().firstValue("Set-Cookie"))
                .as("stateless: no session")
                .isEmpty();

        List<DeliverableRow> rows =
                as(contract.clientViewer(), () -> deliverables.list(contract.id(), DeliverableFilter.all(), 0, 10));
        assertThat(rows)
                .extracting(DeliverableRow::reference)
                .containsExactlyInAnyOrder("F-2026-10-001", "F-2026-10-002");
        DeliverableRow delivered = rows.stream()
                .filter(row -> row.reference().equals("F-2026-10-001"))
                .findFirst()
                .orElseThrow();
        assertThat(delivered.scopeItemKey()).isEqualTo(PerformanceFixtures.INVOICES);
        assertThat(delivered.dueDate()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(delivered.deliveredOn()).isEqualTo(LocalDate.of(2026, 10, 4));
        assertThat(delivered.units()).isEqualTo(412);
        assertThat(delivered.quality()).isEqualTo(QualityOutcome.FIRST_PASS);
        assertThat(delivered.cost()).isEqualByComparingTo(new BigDecimal("12.50"));
        assertThat(delivered.source()).isEqualTo(DeliverableSource.API);
        assertThat(delivered.recordedBy()).isEqualTo("API: ERP du prestataire");
    }

    @Test
    void a_bare_json_array_is_accepted_too() throws Exception {
        String body = JSON.writeValueAsString(
                List.of(deliverable("F-ARRAY-1", "2026-10-05", "2026-10-05", 10, "AFTER_REWORK")));

        HttpResponse<String> response = post(contract.reference(), token, body);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(storedCount()).isEqualTo(1);
    }

    @Test
    void a_batch_sent_again_answers_200_and_stores_nothing_twice() throws Exception {
        String body = batch(
                deliverable("F-2026-10-010", "2026-10-05", "2026-10-04", 412, "FIRST_PASS"),
                deliverable("F-2026-10-011", "2026-10-06", "2026-10-06", 12, "REJECTED"));
        assertThat(post(contract.reference(), token, body).statusCode()).isEqualTo(201);

        HttpResponse<String> again = post(contract.reference(), token, body);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again)).isEqualTo(JSON.readTree("{\"created\":0,\"alreadyRecorded\":2}"));
        assertThat(storedCount()).isEqualTo(2);

        HttpResponse<String> oneMore = post(
                contract.reference(),
                token,
                batch(
                        deliverable("F-2026-10-011", "2026-10-06", "2026-10-06", 12, "REJECTED"),
                        deliverable("F-2026-10-012", "2026-10-07", "2026-10-07", 5, "FIRST_PASS")));
        assertThat(oneMore.statusCode()).isEqualTo(201);
        assertThat(json(oneMore)).isEqualTo(JSON.readTree("{\"created\":1,\"alreadyRecorded\":1}"));
        assertThat(storedCount()).isEqualTo(3);
    }

    @Test
    void the_same_reference_with_other_values_is_refused_with_422() throws Exception {
        post(
                contract.reference(),
                token,
                batch(deliverable("F-2026-10-020", "2026-10-05", "2026-10-04", 412, "FIRST_PASS")));

        HttpResponse<String> response = post(
                contract.reference(),
                token,
                batch(deliverable("F-2026-10-020", "2026-10-05", "2026-10-04", 413, "FIRST_PASS")));

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode error = json(response).get("errors").get(0);
        assertThat(error.get("index").asInt()).isZero();
        assertThat(error.get("field").asString()).isEqualTo("reference");
        assertThat(error.get("code").asString()).isEqualTo("performance.error.reference.conflict");
        assertThat(error.get("message").asString()).contains("F-2026-10-020", "already recorded with other values");
        assertThat(storedUnits("F-2026-10-020")).isEqualTo(412);
    }

    // --- invalid batches: every error listed, nothing stored ---

    @Test
    void a_batch_with_bad_lines_stores_nothing_and_lists_every_error() throws Exception {
        HttpResponse<String> response = post(
                contract.reference(),
                token,
                batch(
                        deliverable("F-OK-1", "2026-10-05", "2026-10-04", 412, "FIRST_PASS"),
                        deliverable("F-OK-2", "2026-10-05", "2026-10-04", 100, "FIRST_PASS"),
                        deliverable("F-OK-3", "2026-10-05", "2026-10-04", 100, "FIRST_PASS"),
                        deliverable("F-BAD-4", "2026-10-05", "2026-10-04", -3, "FIRST_PASS"),
                        deliverable("F-BAD-5", "2026-10-05", "2026-10-04", 7, "FIRST_PASS")
                                .put("scopeItem", "inconnu")));

        assertThat(response.statusCode()).isEqualTo(422);
        assertProblem(response, 422, "Invalid deliverables");
        JsonNode errors = json(response).get("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).get("index").asInt()).isEqualTo(3);
        assertThat(errors.get(0).get("field").asString()).isEqualTo("units");
        assertThat(errors.get(0).get("code").asString()).isEqualTo("performance.error.units.negative");
        assertThat(errors.get(0).get("message").asString()).isEqualTo("Units cannot be negative.");
        assertThat(errors.get(1).get("index").asInt()).isEqualTo(4);
        assertThat(errors.get(1).get("field").asString()).isEqualTo("scopeItem");
        assertThat(errors.get(1).get("message").asString()).contains("inconnu");
        assertThat(storedCount()).isZero();
    }

    @Test
    void values_of_a_wrong_type_are_each_named_by_index_and_field_and_nothing_is_stored() throws Exception {
        HttpResponse<String> response = post(
                contract.reference(),
                token,
                batch(
                        deliverable("F-TYPE-1", "2026-10-05", "2026-10-04", 412, "FIRST_PASS"),
                        deliverable("F-TYPE-2", "05/10/2026", "2026-10-04", 1, "FIRST_PASS"),
                        deliverable("F-TYPE-3", "2026-10-05", "2026-10-04", 1, "EXCELLENT")
                                .put("units", "beaucoup"),
                        deliverable("F-TYPE-4", "2026-10-05", "2026-10-04", 1, "FIRST_PASS")
                                .put("unites", 3)
                                .put("cost", "douze")));

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode errors = json(response).get("errors");
        assertThat(errors)
                .extracting(error ->
                        error.get("index").asInt() + ":" + error.get("field").asString())
                .containsExactlyInAnyOrder("1:dueDate", "2:units", "2:quality", "3:unites", "3:cost");
        assertThat(errors).allSatisfy(error -> {
            assertThat(error.get("code").asString()).startsWith("performance.api.error.");
            assertThat(error.get("message").asString()).isNotBlank().doesNotStartWith("!");
        });
        JsonNode date = errors.get(0);
        assertThat(date.get("message").asString()).isEqualTo("Expected a date as YYYY-MM-DD, received \"05/10/2026\".");
        assertThat(storedCount()).isZero();
    }

    @Test
    void a_batch_of_1001_deliverables_is_refused_with_413_and_a_clear_message() throws Exception {
        List<ObjectNode> many = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            many.add(deliverable("F-MANY-" + i, "2026-10-05", "2026-10-04", 1, "FIRST_PASS"));
        }

        HttpResponse<String> response = post(contract.reference(), token, batch(many.toArray(ObjectNode[]::new)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertProblem(response, 413, "Request too large");
        assertThat(json(response).get("detail").asString())
                .isEqualTo("At most 1000 deliverables per call: this one has 1001. Split the batch.");
        assertThat(storedCount()).isZero();
    }

    @Test
    void a_body_larger_than_5_mb_is_refused_with_413() throws Exception {
        String padding = "x".repeat(5 * 1024 * 1024);
        String body = "{\"deliverables\":[], \"padding\":\"" + padding + "\"}";

        HttpResponse<String> response = post(contract.reference(), token, body);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("detail").asString()).contains("larger than 5 MB");
    }

    @Test
    void malformed_json_is_refused_with_400() throws Exception {
        HttpResponse<String> broken = post(contract.reference(), token, "{\"deliverables\": [ {\"reference\": ");
        HttpResponse<String> wrongShape = post(contract.reference(), token, "{\"livrables\": []}");
        HttpResponse<String> empty = post(contract.reference(), token, "");

        assertProblem(broken, 400, "Malformed request");
        assertThat(json(broken).get("detail").asString()).startsWith("The request body is not valid JSON");
        assertProblem(wrongShape, 400, "Malformed request");
        assertThat(json(wrongShape).get("detail").asString()).contains("\"deliverables\"");
        assertProblem(empty, 400, "Malformed request");
        assertThat(storedCount()).isZero();
    }

    // --- who may call ---

    @Test
    void no_token_gets_401() throws Exception {
        HttpResponse<String> response = post(
                contract.reference(),
                null,
                batch(deliverable("F-NOTOKEN", "2026-10-05", "2026-10-04", 1, "FIRST_PASS")));

        assertProblem(response, 401, "Missing API token");
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        assertThat(storedCount()).isZero();
    }

    @Test
    void a_bad_token_gets_401() throws Exception {
        HttpResponse<String> unknown = post(
                contract.reference(),
                "avt_" + "A".repeat(43),
                batch(deliverable("F-BADTOKEN", "2026-10-05", "2026-10-04", 1, "FIRST_PASS")));
        HttpResponse<String> notBearer = send(HttpRequest.newBuilder(uri(contract.reference()))
                .header("Authorization", "Basic " + token)
                .POST(HttpRequest.BodyPublishers.ofString("[]")));

        assertProblem(unknown, 401, "Invalid API token");
        assertProblem(notBearer, 401, "Invalid API token");
        assertThat(storedCount()).isZero();
    }

    @Test
    void a_revoked_token_gets_401() throws Exception {
        var created = as(contract.providerManager(), () -> tokens.create("Outil remplacé"));
        as(contract.providerManager(), () -> tokens.revoke(created.token().id()));

        HttpResponse<String> response = post(
                contract.reference(),
                created.plaintext(),
                batch(deliverable("F-REVOKED", "2026-10-05", "2026-10-04", 1, "FIRST_PASS")));

        assertProblem(response, 401, "Invalid API token");
        assertThat(storedCount()).isZero();
    }

    @Test
    void a_token_of_another_organisation_gets_404_exactly_like_an_unknown_contract() throws Exception {
        TestOrganisation stranger = accounts.newOrganisation(OrganisationKind.PROVIDER);
        String strangerToken =
                as(stranger.admin().username(), () -> tokens.create("Curieux")).plaintext();
        String body = batch(deliverable("F-STRANGER", "2026-10-05", "2026-10-04", 1, "FIRST_PASS"));

        HttpResponse<String> otherParties = post(contract.reference(), strangerToken, body);
        HttpResponse<String> unknown = post("AV-INCONNU-" + port, strangerToken, body);
        HttpResponse<String> unknownForTheProvider = post("AV-INCONNU-" + port, token, body);

        assertProblem(otherParties, 404, "Contract not found");
        assertThat(withoutInstance(otherParties))
                .isEqualTo(withoutInstance(unknown))
                .isEqualTo(withoutInstance(unknownForTheProvider));
        assertThat(otherParties.headers().map().keySet())
                .isEqualTo(unknown.headers().map().keySet());
        assertThat(storedCount()).isZero();
    }

    @Test
    void the_pme_side_token_records_too_since_its_organisation_is_a_party() throws Exception {
        String clientToken = as(contract.clientOwner(), () -> tokens.create("Outil de la PME"))
                .plaintext();

        HttpResponse<String> response = post(
                contract.reference(),
                clientToken,
                batch(deliverable("F-PME-1", "2026-10-05", "2026-10-04", 1, "FIRST_PASS")));

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void ten_refused_tokens_from_one_address_within_a_minute_get_429_even_with_a_good_token() throws Exception {
        String body = batch(deliverable("F-THROTTLE", "2026-10-05", "2026-10-04", 1, "FIRST_PASS"));
        for (int i = 0; i < 10; i++) {
            assertThat(post(contract.reference(), "avt_guess" + i, body).statusCode())
                    .isEqualTo(401);
        }

        HttpResponse<String> blocked = post(contract.reference(), token, body);

        assertProblem(blocked, 429, "Too many invalid tokens");
        assertThat(blocked.headers().firstValue("Retry-After").map(Integer::parseInt))
                .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1, 60));
        assertThat(storedCount()).isZero();

        HttpClient otherAddress =
                HttpClient.newBuilder().localAddress(randomLoopbackAddress()).build();
        HttpResponse<String> elsewhere =
                otherAddress.send(request(contract.reference(), token, body), HttpResponse.BodyHandlers.ofString());
        assertThat(elsewhere.statusCode()).isEqualTo(201);
    }

    // --- dates outside the contract's life ---

    @Test
    void a_due_date_years_ahead_is_refused_with_422_naming_the_field_and_nothing_is_stored() throws Exception {
        HttpResponse<String> response = post(
                contract.reference(),
                token,
                batch(
                        deliverable("F-OK", "2026-10-05", "2026-10-04", 1, "FIRST_PASS"),
                        deliverable("F-9999", "9999-12-31", null, 1, null),
                        deliverable("F-10000", "+10000-01-01", null, 1, null)));

        assertProblem(response, 422, "Invalid deliverables");
        JsonNode errors = json(response).get("errors");
        assertThat(errors).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(errors.get(i).get("index").asInt()).isEqualTo(i + 1);
            assertThat(errors.get(i).get("field").asString()).isEqualTo("dueDate");
            assertThat(errors.get(i).get("code").asString()).isEqualTo("performance.error.dueDate.tooFar");
            assertThat(errors.get(i).get("message").asString())
                    .startsWith("The due date cannot be later than")
                    .contains("5 years from today");
        }
        assertThat(storedCount())
                .as("all or nothing: the good line is not stored either")
                .isZero();
    }

    // --- wrong method, unacceptable type, unknown path ---

    @Test
    void a_wrong_method_on_a_known_path_gets_405_with_the_allowed_methods() throws Exception {
        for (String method : List.of("GET", "PUT", "DELETE", "PATCH")) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri(contract.reference()))
                    .header("Authorization", "Bearer " + token)
                    .method(method, HttpRequest.BodyPublishers.noBody()));

            assertProblem(response, 405, "Method not allowed");
            assertThat(response.headers().firstValue("Allow")).as(method).contains("OPTIONS, POST");
        }
        assertThat(storedCount()).isZero();
    }

    @Test
    void an_accept_header_the_endpoint_cannot_satisfy_gets_406_and_nothing_is_stored() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(contract.reference()))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(
                        batch(deliverable("F-CSV", "2026-10-05", "2026-10-04", 1, "FIRST_PASS")))));

        assertProblem(response, 406, "Not acceptable");
        assertThat(json(response).get("detail").asString()).contains("application/json");
        assertThat(storedCount()).isZero();
    }

    @Test
    void an_unknown_path_stays_404_whatever_the_method() throws Exception {
        for (String method : List.of("GET", "POST", "DELETE")) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/nothing-here"))
                    .header("Authorization", "Bearer " + token)
                    .method(method, HttpRequest.BodyPublishers.noBody()));

            assertProblem(response, 404, "Not found");
            assertThat(response.headers().firstValue("Allow")).isEmpty();
        }
    }

    // --- the description, and the rest of the portal ---

    @Test
    void the_openapi_description_is_served_without_a_token() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/openapi.yaml"))
                .GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/yaml"));
        assertThat(response.body())
                .startsWith("openapi: 3.1")
                .contains("/api/v1/contracts/{reference}/deliverables:", "'413':", "'422':", "'429':", "bearer");
    }

    @Test
    void an_unknown_api_path_answers_a_404_problem_not_a_portal_page() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/nothing-here"))
                .header("Authorization", "Bearer " + token)
                .GET());

        assertProblem(response, 404, "Not found");
    }

    @Test
    void the_portal_keeps_its_own_login_and_never_accepts_a_token() throws Exception {
        HttpResponse<String> login =
                send(HttpRequest.newBuilder(URI.create(base() + "/login")).GET());
        HttpResponse<String> home = send(HttpRequest.newBuilder(URI.create(base() + "/"))
                .header("Authorization", "Bearer " + token)
                .GET());

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    // --- helpers ---

    private static ObjectNode deliverable(
            String reference, String dueDate, @Nullable String deliveredOn, long units, @Nullable String quality) {
        ObjectNode node = JSON.createObjectNode();
        node.put("reference", reference);
        node.put("scopeItem", PerformanceFixtures.INVOICES);
        node.put("dueDate", dueDate);
        if (deliveredOn != null) {
            node.put("deliveredOn", deliveredOn);
        }
        node.put("units", units);
        if (quality != null) {
            node.put("quality", quality);
        }
        return node;
    }

    private static String batch(ObjectNode... deliverables) {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("deliverables").addAll(List.of(deliverables));
        return JSON.writeValueAsString(body);
    }

    private HttpResponse<String> post(String contractReference, @Nullable String bearer, String body) throws Exception {
        return http.send(request(contractReference, bearer, body), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String contractReference, @Nullable String bearer, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(contractReference))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return request.build();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String contractReference) {
        return URI.create(base() + "/api/v1/contracts/" + contractReference + "/deliverables");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static Map<String, Object> withoutInstance(HttpResponse<String> response) {
        @SuppressWarnings("unchecked")
        Map<String, Object> body = JSON.readValue(response.body(), Map.class);
        body.remove("instance");
        return body;
    }

    private static void assertProblem(HttpResponse<String> response, int status, String title) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.get("type").asString()).startsWith("tag:avenant.app,2026:problems/");
        assertThat(problem.get("title").asString()).isEqualTo(title);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).isNotBlank();
    }

    private long storedCount() {
        return as(contract.providerManager(), () -> deliverables.count(contract.id(), DeliverableFilter.all()));
    }

    private long storedUnits(String reference) {
        return as(contract.providerManager(), () -> deliverables.list(contract.id(), DeliverableFilter.all(), 0, 50))
                .stream()
                .filter(row -> row.reference().equals(reference))
                .findFirst()
                .orElseThrow()
                .units();
    }

    /** 127.x.y.z: the whole 127/8 block is the loopback interface, so each test has an address of its own. */
    private static InetAddress randomLoopbackAddress() throws IOException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return InetAddress.getByAddress(new byte[] {
            127, (byte) random.nextInt(1, 255), (byte) random.nextInt(1, 255), (byte) random.nextInt(1, 255)
        });
    }
}
