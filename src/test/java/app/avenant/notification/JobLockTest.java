package app.avenant.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.shared.cluster.ClusterBus;
import java.sql.Timestamp;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 17: the daily alerts run on one node at a time. The run takes the job's row in {@code shedlock} (V38), named
 * after the node, and holds it past the run, so another node firing at the same moment skips it.
 */
@SpringBootTest
class JobLockTest {

    @Autowired
    NoticeDeadlineAlerts alerts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClusterBus bus;

    @Test
    void the_alerts_job_takes_its_lock_in_the_database_for_this_node_and_keeps_it_past_the_run() {
        alerts.daily();

        String lockedBy =
                jdbc.queryForObject("select locked_by from shedlock where name = 'notice-alerts'", String.class);
        Timestamp lockedAt =
                jdbc.queryForObject("select locked_at from shedlock where name = 'notice-alerts'", Timestamp.class);
        Timestamp lockUntil =
                jdbc.queryForObject("select lock_until from shedlock where name = 'notice-alerts'", Timestamp.class);
        assertThat(lockedBy).isEqualTo(bus.nodeId());
        assertThat(Duration.between(lockedAt.toInstant(), lockUntil.toInstant()))
                .as("held 5 minutes at least, past the run")
                .isGreaterThanOrEqualTo(Duration.ofMinutes(5));
    }
}
