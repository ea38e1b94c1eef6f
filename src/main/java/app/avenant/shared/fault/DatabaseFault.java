package app.avenant.shared.fault;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A failure that is the database's, not the request's, and that passes by itself: the answer is "try again
 * shortly", never a 500, a redirect or a blank page.
 *
 * <ul>
 *   <li>{@link #UNAVAILABLE}: the database cannot be reached (down, network cut, no connection from the pool
 *   within Hikari's connection timeout).</li>
 *   <li>{@link #BUSY}: the database answered but this request waited too long for a row lock, lost a deadlock
 *   or ran out of time; another request holds what it needs.</li>
 * </ul>
 *
 * <p>Recognised anywhere in the cause chain, because each layer wraps the one below differently: Spring's
 * transaction manager wraps Hikari's {@code SQLTransientConnectionException} in a
 * {@code CannotCreateTransactionException}, Hibernate's {@code JDBCConnectionException} is translated into a
 * {@code DataAccessResourceFailureException} at a repository but not inside a flush at commit, and Vaadin
 * may wrap the whole in its own exception. Hibernate and JPA types are recognised by their JDBC cause or by
 * name, so this class needs neither on its class path.
 */
public enum DatabaseFault {
    UNAVAILABLE(
            Duration.ofSeconds(5),
            "service-unavailable",
            "Service temporarily unavailable",
            "The database cannot be reached right now. Retry this call in a few seconds."),
    BUSY(
            Duration.ofSeconds(2),
            "busy",
            "Busy, try again",
            "Another request is changing the same data. Nothing was changed by this call; retry it in a few seconds.");

    /** Enough for any real chain; guards against a cause chain that loops. */
    private static final int MAX_DEPTH = 32;

    /** MariaDB / MySQL vendor codes: lock wait timeout, deadlock, NOWAIT lock refused, statement time exceeded. */
    private static final Set<Integer> BUSY_VENDOR_CODES = Set.of(1205, 1213, 3572, 1969, 3024);

    /** Hibernate and JPA exceptions that say "busy" even when their JDBC cause is a plain SQLException. */
    private static final Set<String> BUSY_TYPE_NAMES = Set.of(
            "org.hibernate.PessimisticLockException",
            "org.hibernate.QueryTimeoutException",
            "org.hibernate.exception.LockAcquisitionException",
            "org.hibernate.exception.LockTimeoutException",
            "jakarta.persistence.LockTimeoutException",
            "jakarta.persistence.PessimisticLockException",
            "jakarta.persistence.QueryTimeoutException");

    private static final Set<String> UNAVAILABLE_TYPE_NAMES = Set.of("org.hibernate.exception.JDBCConnectionException");

    private final Duration retryAfter;
    private final String slug;
    private final String title;
    private final String detail;

    DatabaseFault(Duration retryAfter, String slug, String title, String detail) {
        this.retryAfter = retryAfter;
        this.slug = slug;
        this.title = title;
        this.detail = detail;
    }

    /** The API problem's type slug (after the tag URI base), title and detail: English, as every API answer. */
    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    /** How long a client should wait before trying again (the API's Retry-After). */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds of {@link #retryAfter()}, as Retry-After wants them. */
    public long retryAfterSeconds() {
        return retryAfter.toSeconds();
    }

    /**
     * The fault behind {@code failure}, looked for from the outermost exception inwards (the first recognised
     * one decides); empty for anything else, which stays an ordinary error.
     */
    public static Optional<DatabaseFault> of(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (@Nullable Throwable t = failure; t != null && seen.size() < MAX_DEPTH && seen.add(t); t = t.getCause()) {
            DatabaseFault fault = classify(t);
            if (fault != null) {
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }

    private static @Nullable DatabaseFault classify(Throwable t) {
        // Spring's translated exceptions
        if (t instanceof DataAccessResourceFailureException
                || t instanceof TransientDataAccessResourceException
                || t instanceof CannotCreateTransactionException) {
            return UNAVAILABLE;
        }
        if (t instanceof PessimisticLockingFailureException || t instanceof QueryTimeoutException) {
            return BUSY; // CannotAcquireLockException and deadlocks are pessimistic locking failures
        }
        String name = t.getClass().getName();
        if (UNAVAILABLE_TYPE_NAMES.contains(name)) {
            return UNAVAILABLE;
        }
        if (BUSY_TYPE_NAMES.contains(name)) {
            return BUSY;
        }
        if (t instanceof SQLException sql) {
            return classify(sql);
        }
        return null;
    }

    /** JDBC's own: by type (Hikari, the drivers), then by SQL state class and vendor code. */
    private static @Nullable DatabaseFault classify(SQLException e) {
        if (e instanceof SQLTransientConnectionException
                || e instanceof SQLNonTransientConnectionException
                || e instanceof SQLRecoverableException) {
            return UNAVAILABLE;
        }
        if (e instanceof SQLTransactionRollbackException || e instanceof SQLTimeoutException) {
            return BUSY;
        }
        String state = e.getSQLState();
        if (state != null && state.startsWith("08")) { // SQL state class 08: connection exception
            return UNAVAILABLE;
        }
        if ("40001".equals(state) || BUSY_VENDOR_CODES.contains(e.getErrorCode())) {
            return BUSY; // serialization failure / deadlock, lock wait timeout
        }
        return null;
    }
}
