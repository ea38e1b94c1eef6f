package app.avenant.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A TCP proxy on the loopback interface, for "the database is down" in a test: {@link #stop()} closes the
 * listener and every open connection (what a database crash or a network cut does to the connection pool),
 * {@link #start()} listens again on the same port (the database is back). Plain sockets, one virtual thread
 * per direction of each connection.
 */
public final class TcpProxy implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private @Nullable ServerSocket listener;

    /** Listens at once, on a free port of the loopback interface. */
    public TcpProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        ServerSocket first = listen(0);
        this.port = first.getLocalPort();
        accept(first);
    }

    public int port() {
        return port;
    }

    /** Listens again on the same port (does nothing if already listening). */
    public synchronized void start() throws IOException {
        if (listener == null) {
            accept(listen(port));
        }
    }

    /** Refuses new connections and cuts the open ones. */
    public synchronized void stop() {
        if (listener != null) {
            closeQuietly(listener);
            listener = null;
        }
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    @Override
    public void close() {
        stop();
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true); // the port again at once, despite connections in TIME_WAIT
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return socket;
    }

    private synchronized void accept(ServerSocket socket) {
        listener = socket;
        Thread.ofVirtual().name("tcp-proxy-" + port).start(() -> {
            while (!socket.isClosed()) {
                Socket client;
                try {
                    client = socket.accept();
                } catch (IOException e) {
                    continue; // closed by stop(): the loop ends
                }
                Socket server = new Socket();
                open.add(client);
                open.add(server);
                try {
                    server.connect(new InetSocketAddress(targetHost, targetPort), 5_000);
                    pipe(client, server);
                    pipe(server, client);
                } catch (IOException e) {
                    // the target refused: the client sees its connection closed
                    closeQuietly(client);
                    closeQuietly(server);
                    open.remove(client);
                    open.remove(server);
                }
            }
        });
    }

    private void pipe(Socket from, Socket to) {
        Thread.ofVirtual().start(() -> {
            try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // cut by stop() or by either side: close both ends below
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        });
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing is all we wanted
        }
    }
}
