package app.avenant.performance.web;

import org.springframework.http.HttpStatus;

/**
 * A request refused before it reaches the service (unreadable JSON, too big): becomes a problem detail with
 * this status, type slug, title and detail.
 */
final class ApiRequestRefused extends RuntimeException {

    private final HttpStatus status;
    private final String slug;
    private final String title;

    ApiRequestRefused(HttpStatus status, String slug, String title, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    static ApiRequestRefused malformed(String detail) {
        return new ApiRequestRefused(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request", detail);
    }

    static ApiRequestRefused tooLarge(String detail) {
        return new ApiRequestRefused(HttpStatus.CONTENT_TOO_LARGE, "batch-too-large", "Request too large", detail);
    }

    HttpStatus status() {
        return status;
    }

    String slug() {
        return slug;
    }

    String title() {
        return title;
    }

    String detail() {
        return getMessage();
    }
}
