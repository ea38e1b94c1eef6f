package app.avenant.ops;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's HAProxy in front of portal nodes, on loopback, configured as docs/deployment/haproxy.cfg says (without
 * TLS): sticky sessions on its own cookie, each node's readiness as its health, push kept open, and a dead node's
 * users sent to another ({@code option redispatch}).
 */
final class LoadBalancer implements AutoCloseable {

    static final String COOKIE = "AVENANT_NODE";
    private static final Path HAPROXY = Path.of("/usr/sbin/haproxy");

    private final Process process;
    private final int port;

    private LoadBalancer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** HAProxy on a free port with the given nodes, named a, b, … in order; waits until it answers. */
    static LoadBalancer start(Path dir, PortalProcess... nodes) throws Exception {
        if (!Files.isExecutable(HAPROXY)) {
            throw new IllegalStateException("No /usr/sbin/haproxy: apt-get install haproxy (.ci/run does)");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        StringBuilder servers = new StringBuilder();
        for (int i = 0; i < nodes.length; i++) {
            String name = String.valueOf((char) ('a' + i));
            servers.append("    server ")
                    .append(name)
                    .append(" 127.0.0.1:")
                    .append(nodes[i].port())
                    .append(" check port ")
                    .append(nodes[i].managementPort())
                    .append(" cookie ")
                    .append(name)
                    .append('\n');
        }
        String config = """
                global
                    log stdout format raw local0 info
                defaults
                    mode http
                    log global
                    option httplog
                    timeout connect 5s
                    timeout client 65s
                    timeout server 65s
                    timeout tunnel 1h
                    option redispatch
                    retries 2
                frontend portal
                    bind 127.0.0.1:%d
                    option forwardfor
                    default_backend nodes
                backend nodes
                    balance roundrobin
                    cookie %s insert indirect nocache httponly
                    option httpchk GET /actuator/health/readiness
                    http-check expect status 200
                    default-server inter 1s fall 2 rise 2
                %s""".formatted(port, COOKIE, servers);
        Path file = dir.resolve("haproxy.cfg");
        Files.writeString(file, config);
        Process process = new ProcessBuilder(List.of(HAPROXY.toString(), "-f", file.toString(), "-db"))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("haproxy.log").toFile())
                .start();
        LoadBalancer balancer = new LoadBalancer(process, port);
        await("HAProxy on port " + port)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("HAProxy stopped, see " + dir.resolve("haproxy.log"));
                    }
                    return PortalProcess.status(balancer.url() + "/login") == 200;
                });
        return balancer;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
