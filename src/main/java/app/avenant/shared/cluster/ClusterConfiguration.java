package app.avenant.shared.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Alone or with others: with {@code avenant.cluster.redis-url} (env {@code AVENANT_REDIS_URL}, such as
 * {@code redis://10.0.0.5:6379}) the nodes talk through Redis; without it the portal runs alone, with no Redis
 * client at all (the embedded default needs nothing more). Configured here rather than by Spring Boot's Redis
 * auto-configuration, so that a single node starts no client and shows no Redis in its health.
 */
@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClusterConfiguration.class);
    private static final String ALONE = "'${avenant.cluster.redis-url:}'.isBlank()";
    private static final String WITH_REDIS = "!" + ALONE;

    @Bean
    @ConditionalOnExpression(ALONE)
    ClusterBus singleNode(@Value("${avenant.cluster.node-id:}") String nodeId) {
        return new SingleNode(nodeIdOr(nodeId));
    }

    @Bean
    @ConditionalOnExpression(WITH_REDIS)
    LettuceConnectionFactory clusterRedis(@Value("${avenant.cluster.redis-url}") String url) {
        return new LettuceConnectionFactory(LettuceConnectionFactory.createRedisConfiguration(url));
    }

    @Bean
    @ConditionalOnExpression(WITH_REDIS)
    RedisMessageListenerContainer clusterListeners(RedisConnectionFactory redis) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(redis);
        // one thread: the messages of a topic are taken in the order they were sent; every handler only queues work
        TaskExecutor inOrder = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("cluster-bus").daemon(true).factory())::execute;
        container.setTaskExecutor(inOrder);
        // started by the bus, which keeps trying while Redis is unreachable: a node starts and serves without it
        container.setAutoStartup(false);
        return container;
    }

    @Bean
    @ConditionalOnExpression(WITH_REDIS)
    ClusterBus redisBus(
            @Value("${avenant.cluster.node-id:}") String nodeId,
            @Value("${avenant.cluster.name:avenant}") String cluster,
            RedisConnectionFactory redis,
            RedisMessageListenerContainer listeners) {
        String name = nodeIdOr(nodeId);
        // physical time, whatever the application's clock says: it only tells whether a node is still alive
        log.info("Node {}: news to and from the other nodes through Redis", name);
        return new RedisBus(name, cluster, new StringRedisTemplate(redis), listeners, Clock.systemUTC());
    }

    private static String nodeIdOr(@Nullable String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        return host + "-" + ProcessHandle.current().pid();
    }
}
