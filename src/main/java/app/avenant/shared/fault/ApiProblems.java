package app.avenant.shared.fault;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The API's refusals as RFC 9457 problems, the same way for every controller's advice. */
public final class ApiProblems {

    /** Problem types are tag URIs (RFC 9457 §3.1.1: identifiers, not meant to be fetched). */
    public static final String TYPE_BASE = "tag:avenant.app,2026:problems/";

    private ApiProblems() {}

    /** A problem of type {@code TYPE_BASE + slug}; Spring writes it as {@code application/problem+json}. */
    public static ResponseEntity<ProblemDetail> problem(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }
}
