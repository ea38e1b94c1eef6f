package app.avenant.performance.web;

import app.avenant.contract.ContractNotFoundException;
import app.avenant.performance.DeliverableViolation;
import app.avenant.performance.InvalidDeliverablesException;
import app.avenant.shared.fault.ApiProblems;
import app.avenant.shared.i18n.Translations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal of the API as an RFC 9457 problem ({@code application/problem+json}): type, title, status,
 * detail, and for invalid deliverables an {@code errors} list naming each bad field by index, field, code
 * and English message. Spring MVC's own refusals (wrong method…) come as problems too, through the base
 * class. Nothing unexpected leaks: an unforeseen failure is logged and answered with a bare 500 problem.
 */
@RestControllerAdvice(assignableTypes = {DeliverablesApiController.class, ApiFallbackController.class})
// right after the database-fault advice (shared.fault), whose 503 must win over this class's last-resort 500
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DeliverablesApiProblems extends ResponseEntityExceptionHandler {

    static final String TYPE_BASE = ApiProblems.TYPE_BASE;

    private static final Logger log = LoggerFactory.getLogger(DeliverablesApiProblems.class);

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(ApiRequestRefused e) {
        return problem(e.status(), e.slug(), e.title(), e.detail());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(InvalidDeliverablesException e) {
        List<DeliverableViolation> violations = e.violations();
        ResponseEntity<ProblemDetail> response = problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "invalid-deliverables",
                "Invalid deliverables",
                violations.size() + " error(s) in the batch: nothing was stored.");
        response.getBody()
                .setProperty(
                        "errors",
                        violations.stream().map(DeliverablesApiProblems::error).toList());
        return response;
    }

    /** The same answer for a reference that does not exist and for a contract of other parties. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(ContractNotFoundException e) {
        return problem(
                HttpStatus.NOT_FOUND,
                "contract-not-found",
                "Contract not found",
                "No contract with this reference is shared with your organisation.");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "This API token may not do that.");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
        log.error("API call failed", e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Internal error",
                "The request could not be processed. Nothing was stored; try again later.");
    }

    /** index (0-based position in the batch; absent for the batch as a whole), field, code, message. */
    static Map<String, Object> error(DeliverableViolation violation) {
        Map<String, Object> error = new LinkedHashMap<>();
        if (violation.index() >= 0 && !"batch".equals(violation.field())) {
            error.put("index", violation.index());
        }
        error.put("field", violation.field());
        error.put("code", violation.code());
        error.put(
                "message",
                Translations.get(
                        Translations.ENGLISH, violation.code(), violation.args().toArray()));
        return error;
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String slug, String title, String detail) {
        return ApiProblems.problem(status, slug, title, detail);
    }
}
