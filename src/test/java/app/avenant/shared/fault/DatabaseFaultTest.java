package app.avenant.shared.fault;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseFaultTest {

    /** What Hikari throws after its connection timeout, wrapped as Spring's transaction manager does. */
    static final SQLTransientConnectionException HIKARI_TIMEOUT = new SQLTransientConnectionException(
            "HikariPool-1 - Connection is not available, request timed out after 5000ms",
            "08000",
            new SQLNonTransientConnectionException(
                    "Socket fail to connect", "08000", new ConnectException("Connection refused")));

    @Test
    void a_transaction_that_cannot_start_because_the_pool_times_out_is_unavailable() {
        var failure = new CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction",
                new JDBCConnectionException("Unable to acquire JDBC Connection", HIKARI_TIMEOUT));

        assertThat(DatabaseFault.of(failure)).contains(DatabaseFault.UNAVAILABLE);
    }

    @Test
    void springs_hibernates_and_jdbcs_connection_failures_are_unavailable_on_their_own() {
        assertThat(DatabaseFault.of(new DataAccessResourceFailureException("down")))
                .contains(DatabaseFault.UNAVAILABLE);
        assertThat(DatabaseFault.of(new CannotGetJdbcConnectionException("down")))
                .contains(DatabaseFault.UNAVAILABLE);
        assertThat(DatabaseFault.of(new JDBCConnectionException("lost", new SQLException("lost"))))
                .contains(DatabaseFault.UNAVAILABLE);
        assertThat(DatabaseFault.of(HIKARI_TIMEOUT)).contains(DatabaseFault.UNAVAILABLE);
        assertThat(DatabaseFault.of(new SQLException("Communications link failure", "08S01")))
                .contains(DatabaseFault.UNAVAILABLE);
    }

    @Test
    void the_fault_is_found_deep_in_the_cause_chain_as_vaadin_or_a_service_wraps_it() {
        var wrapped = new IllegalStateException(
                "listener failed", new RuntimeException("service", new PersistenceException("flush", HIKARI_TIMEOUT)));

        assertThat(DatabaseFault.of(wrapped)).contains(DatabaseFault.UNAVAILABLE);
    }

    @Test
    void lock_timeouts_deadlocks_and_query_timeouts_are_busy() {
        assertThat(DatabaseFault.of(new CannotAcquireLockException("lock wait timeout")))
                .contains(DatabaseFault.BUSY);
        assertThat(DatabaseFault.of(new PessimisticLockingFailureException("deadlock")))
                .contains(DatabaseFault.BUSY);
        assertThat(DatabaseFault.of(new QueryTimeoutException("too long"))).contains(DatabaseFault.BUSY);
        assertThat(DatabaseFault.of(new LockTimeoutException("jpa"))).contains(DatabaseFault.BUSY);
        assertThat(DatabaseFault.of(new LockAcquisitionException("deadlock", new SQLException("x", "40001", 1213))))
                .contains(DatabaseFault.BUSY);
        assertThat(DatabaseFault.of(new SQLTransactionRollbackException("Deadlock found", "40001", 1213)))
                .contains(DatabaseFault.BUSY);
        // MariaDB's "Lock wait timeout exceeded", as a bare SQLException
        assertThat(DatabaseFault.of(
                        new RuntimeException(new SQLException("Lock wait timeout exceeded", "HY000", 1205))))
                .contains(DatabaseFault.BUSY);
    }

    @Test
    void other_database_errors_and_ordinary_exceptions_are_no_fault() {
        assertThat(DatabaseFault.of(new DataIntegrityViolationException("duplicate key")))
                .isEmpty();
        assertThat(DatabaseFault.of(new OptimisticLockingFailureException("stale version")))
                .isEmpty();
        assertThat(DatabaseFault.of(new SQLException("syntax error", "42000", 1064)))
                .isEmpty();
        assertThat(DatabaseFault.of(new IllegalArgumentException("bad input"))).isEmpty();
    }

    @Test
    void a_cause_chain_that_loops_ends() {
        var first = new RuntimeException("first");
        var second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(DatabaseFault.of(first)).isEmpty();
    }

    @Test
    void the_api_is_told_when_to_retry_busy_sooner_than_unavailable() {
        assertThat(DatabaseFault.UNAVAILABLE.retryAfterSeconds()).isPositive();
        assertThat(DatabaseFault.BUSY.retryAfterSeconds())
                .isPositive()
                .isLessThanOrEqualTo(DatabaseFault.UNAVAILABLE.retryAfterSeconds());
    }
}
