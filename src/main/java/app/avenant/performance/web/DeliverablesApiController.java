package app.avenant.performance.web;

import app.avenant.identity.ApiCaller;
import app.avenant.performance.Deliverables;
import app.avenant.performance.IngestResult;
import app.avenant.performance.InvalidDeliverablesException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/contracts/{reference}/deliverables}: a provider's tool records up to 1 000
 * deliverables of a contract its organisation is a party to. The body is
 * {@code {"deliverables": [ ... ]}} (a bare array is accepted too). All or nothing, idempotent on each
 * deliverable's reference: sending a batch again answers 200 and stores nothing twice. Refusals are RFC 9457
 * problems ({@link DeliverablesApiProblems}), each bad field named with its index.
 */
@RestController
class DeliverablesApiController {

    /** Far above 1 000 deliverables (about 200 bytes each), far below what would strain memory. */
    static final int MAX_BODY_BYTES = 5 * 1024 * 1024;

    static final String ITEMS = "deliverables";

    /**
     * Our own reader rather than the application's mapper: amounts as exact decimals (never through a
     * double), a duplicated key or trailing garbage refused rather than guessed at.
     */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final Deliverables deliverables;

    DeliverablesApiController(Deliverables deliverables) {
        this.deliverables = deliverables;
    }

    @PostMapping(path = "/api/v1/contracts/{reference}/deliverables", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IngestResponse> record(
            @PathVariable String reference, @AuthenticationPrincipal ApiCaller caller, HttpServletRequest request)
            throws IOException {
        JsonNode items = items(parse(body(request)));
        if (items.size() > Deliverables.MAX_BATCH) {
            throw ApiRequestRefused.tooLarge("At most " + Deliverables.MAX_BATCH
                    + " deliverables per call: this one has " + items.size() + ". Split the batch.");
        }
        DeliverableBatchReader.Batch batch = DeliverableBatchReader.read(items);
        if (!batch.valid()) {
            throw new InvalidDeliverablesException(batch.violations());
        }
        IngestResult result = deliverables.recordForOrganisation(
                caller.organisationId(), reference, batch.inputs(), "API: " + caller.tokenName());
        // 201 when this call stored something; 200 when everything was already there (a harmless resend)
        HttpStatus status = result.created() > 0 ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).body(IngestResponse.of(result));
    }

    /**
     * At most {@link #MAX_BODY_BYTES}: a bigger body is refused without being read whole. (Not refused on its
     * Content-Length alone: the server would then have to swallow the whole unread body before answering,
     * and gives up on the connection beyond 2 MB, so the client would never read the 413.)
     */
    private static byte[] body(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw bodyTooLarge();
            }
            return body;
        }
    }

    private static ApiRequestRefused bodyTooLarge() {
        return ApiRequestRefused.tooLarge("The request body is larger than " + MAX_BODY_BYTES / (1024 * 1024)
                + " MB: send at most " + Deliverables.MAX_BATCH + " deliverables per call.");
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null || root.isMissingNode()) {
                throw ApiRequestRefused.malformed("The request body is empty: send {\"" + ITEMS + "\": [ ... ]}.");
            }
            return root;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw ApiRequestRefused.malformed(
                    "The request body is not valid JSON" + where + ": " + firstLine(e.getOriginalMessage()));
        }
    }

    /** The array of deliverables: the body itself, or its "deliverables" member. */
    private static JsonNode items(JsonNode root) {
        JsonNode items = root.isObject() ? root.get(ITEMS) : root;
        if (items == null || !items.isArray()) {
            throw ApiRequestRefused.malformed("Expected {\"" + ITEMS + "\": [ ... ]} or a JSON array of deliverables.");
        }
        return items;
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
