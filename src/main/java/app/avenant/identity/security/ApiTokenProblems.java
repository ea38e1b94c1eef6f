package app.avenant.identity.security;

import app.avenant.shared.fault.DatabaseFault;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API chain's own answers (RFC 9457 problem details), written before any controller runs: no token,
 * a refused token, too many refused tokens (or calendar links), a token that cannot be checked because of the
 * database. Texts are English, as for every API answer.
 */
final class ApiTokenProblems {

    /** Problem types are tag URIs (RFC 9457 §3.1.1: identifiers, not meant to be fetched). */
    static final String TYPE_BASE = "tag:avenant.app,2026:problems/";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiTokenProblems() {}

    static void missingToken(HttpServletResponse response) throws IOException {
        unauthorized(
                response,
                "missing-token",
                "Missing API token",
                "Send the API token of your organisation as \"Authorization: Bearer avt_...\".");
    }

    static void invalidToken(HttpServletResponse response) throws IOException {
        unauthorized(
                response,
                "invalid-token",
                "Invalid API token",
                "The API token is unknown or revoked. An organisation admin creates tokens in Avenant.");
    }

    static void forbidden(HttpServletResponse response) throws IOException {
        write(response, HttpServletResponse.SC_FORBIDDEN, "forbidden", "Forbidden", "This API token may not do that.");
    }

    static void tooManyFailures(HttpServletResponse response, Duration retryAfter) throws IOException {
        long seconds = retryAfterSeconds(response, retryAfter);
        write(
                response,
                429,
                "too-many-failures",
                "Too many invalid tokens",
                "Too many invalid API tokens from your address: retry in " + seconds + " s.");
    }

    static void tooManyFeedFailures(HttpServletResponse response, Duration retryAfter) throws IOException {
        long seconds = retryAfterSeconds(response, retryAfter);
        write(
                response,
                429,
                "too-many-failures",
                "Too many invalid calendar links",
                "Too many invalid calendar links from your address: retry in " + seconds + " s.");
    }

    /** Sets Retry-After in whole seconds, rounded up (at least 1), and returns them. */
    private static long retryAfterSeconds(HttpServletResponse response, Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return seconds;
    }

    /** The token could not be checked: the database is unreachable or busy. 503, try again shortly. */
    static void databaseFault(HttpServletResponse response, DatabaseFault fault) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(fault.retryAfterSeconds()));
        write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, fault.slug(), fault.title(), fault.detail());
    }

    private static void unauthorized(HttpServletResponse response, String slug, String title, String detail)
            throws IOException {
        // RFC 6750 §3: tell the client which scheme to use
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"avenant-api\"");
        write(response, HttpServletResponse.SC_UNAUTHORIZED, slug, title, detail);
    }

    private static void write(HttpServletResponse response, int status, String slug, String title, String detail)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_BASE + slug);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
