package app.avenant.testing;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the application sends, through datasource-proxy around the real DataSource.
 * Lives in the test sources only, so the running application is never proxied.
 */
@Component
public class SqlStatementCounter implements BeanPostProcessor {

    private final AtomicLong statements = new AtomicLong();
    private final ThreadLocal<long[]> onThisThread = ThreadLocal.withInitial(() -> new long[1]);
    private volatile @Nullable List<String> recording;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(dataSource)
                    .name("counted")
                    .listener(new QueryExecutionListener() {
                        @Override
                        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {}

                        @Override
                        public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
                            statements.addAndGet(queryInfoList.size());
                            onThisThread.get()[0] += queryInfoList.size();
                            List<String> into = recording;
                            if (into != null) {
                                String where = StackWalker.getInstance()
                                        .walk(frames -> frames.filter(f -> f.getClassName()
                                                                .startsWith("app.avenant.")
                                                        && !f.getClassName().startsWith("app.avenant.testing"))
                                                .limit(Long.getLong("sql.frames", 3))
                                                .map(f -> f.getClassName().replaceAll(".*\\.", "") + "."
                                                        + f.getMethodName())
                                                .toList()
                                                .toString());
                                queryInfoList.forEach(
                                        q -> into.add(q.getQuery().replaceAll("\\s+", " ") + "   <- " + where + " "
                                                + execInfo.getElapsedTime() + " ms"
                                                + (execInfo.isBatch() ? " batch of " + execInfo.getBatchSize() : "")));
                            }
                        }
                    })
                    .build();
        }
        return bean;
    }

    /** The statements run by {@code work}, in order: to see what a count is made of. */
    public List<String> record(Runnable work) {
        List<String> into = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        recording = into;
        try {
            work.run();
        } finally {
            recording = null;
        }
        return List.copyOf(into);
    }

    /**
     * Statements {@code work} ran on the calling thread only: for work that must not touch the database while other
     * threads may (the audit trail's writer finishing an earlier action's batch, a bell counting).
     */
    public long countOnThisThread(Runnable work) {
        long before = onThisThread.get()[0];
        work.run();
        return onThisThread.get()[0] - before;
    }

    /** Statements run by {@code work}: run it alone (tests in one class run one at a time). */
    public long count(Runnable work) {
        long before = statements.get();
        work.run();
        return statements.get() - before;
    }
}
