package app.avenant.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.shared.cluster.ClusterBus;
import java.util.Map;
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

        Map<String, Object> lock = jdbc.queryForMap(
                "select locked_by, lock_until > locked_at as held from shedlock where name = 'notice-alerts'");
        assertThat(lock.get("locked_by")).isEqualTo(bus.nodeId());
        assertThat(lock.get("held")).as("held at least 5 minutes, past the run").isEqualTo(true);
    }
}
