package app.avenant.shared.fault;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The API's answer when the database fails under a controller ({@code /api/...}: deliverables, calendar
 * feeds): 503 {@code application/problem+json} with Retry-After, for a database that cannot be reached and
 * for a lock wait or deadlock alike ({@link DatabaseFault}), never a 500 or a redirect to the login page.
 *
 * <p>It runs before every other advice (the modules' own problem advices catch {@code RuntimeException} as
 * their last resort, which would otherwise win) and catches only the persistence families, where they are
 * the exception or any of its causes (Spring matches handlers on causes too). One of those that is no
 * database fault (a constraint violation reaching this far, say) stays what it was: a logged 500 problem.
 * The token lookup, which runs before any controller, answers the same through {@code ApiTokenProblems}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseFaultApiAdvice {

    static final String TYPE_BASE = ApiProblems.TYPE_BASE;

    /** A lock timeout's message can quote a whole row: a warning stays one readable line. */
    private static final int MAX_LOGGED_MESSAGE = 200;

    private static final Logger log = LoggerFactory.getLogger(DatabaseFaultApiAdvice.class);

    @ExceptionHandler({
        DataAccessException.class,
        TransactionException.class,
        PersistenceException.class,
        SQLException.class
    })
    ResponseEntity<ProblemDetail> persistenceFailed(Exception e) {
        Optional<DatabaseFault> fault = DatabaseFault.of(e);
        if (fault.isEmpty()) {
            log.error("API call failed", e);
            return problem(
                    HttpStatus.INTERNAL_SERVER_ERROR,
                    "internal-error",
                    "Internal error",
                    "The request could not be processed. Nothing was stored; try again later.");
        }
        log.warn("API call answered 503 ({}): {}", fault.get(), rootMessage(e));
        return answer(fault.get());
    }

    /** 503 with Retry-After, the problem naming the fault. */
    static ResponseEntity<ProblemDetail> answer(DatabaseFault fault) {
        ResponseEntity<ProblemDetail> problem =
                problem(HttpStatus.SERVICE_UNAVAILABLE, fault.slug(), fault.title(), fault.detail());
        return ResponseEntity.status(problem.getStatusCode())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(fault.retryAfterSeconds()))
                .body(problem.getBody());
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String slug, String title, String detail) {
        return ApiProblems.problem(status, slug, title, detail);
    }

    /** The innermost message, cut short: says what the database did (timeout, refused connection) in one line. */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 32; depth++) {
            root = root.getCause();
        }
        String message = root.getClass().getSimpleName() + ": " + root.getMessage();
        return message.length() <= MAX_LOGGED_MESSAGE ? message : message.substring(0, MAX_LOGGED_MESSAGE) + "…";
    }
}
