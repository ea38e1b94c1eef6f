package app.avenant.shared.cluster;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs run on one node at a time (issue 17): each {@code @Scheduled} method that must run once for the
 * whole portal also carries ShedLock's {@code @SchedulerLock}, a row of the {@code shedlock} table (V38) taken with
 * the database's own clock, so that nodes whose clocks differ still agree. A node that dies holding a lock frees it
 * after the job's {@code lockAtMostFor}. Alone, the lock costs one update per run.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class JobLockConfiguration {

    @Bean
    LockProvider jobLocks(JdbcTemplate jdbc, ClusterBus bus) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(jdbc)
                .withLockedByValue(bus.nodeId())
                .usingDbTime()
                .build());
    }
}
