package app.avenant.ops;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A provider's tool sending deliverables to the API, as fast as the portal answers, from a few threads: batch
 * "prefix-t-n" holds the deliverables "prefix-t-n-0" … "prefix-t-n-(size-1)". It keeps what a real client
 * would know: which batches were acknowledged (2xx, so never sent again), which got another answer, and
 * which got none (connection refused or cut: the client cannot tell whether they were stored).
 */
final class DeliverableLoad {

    static final int BATCH_SIZE = 100;
    private static final String CONTRACT = "AV-2026-001";

    private final String url;
    private final String token;
    private final String prefix;
    private final int threads;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final Set<String> sent = ConcurrentHashMap.newKeySet();
    private final Map<Integer, Integer> otherAnswers = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicInteger acknowledgedAfterMark = new AtomicInteger();
    private volatile boolean marked;
    private final List<Thread> workers = new ArrayList<>();

    DeliverableLoad(PortalProcess portal, String token, String prefix, int threads) {
        this.url = portal.url("/api/v1/contracts/" + CONTRACT + "/deliverables");
        this.token = token;
        this.prefix = prefix;
        this.threads = threads;
    }

    DeliverableLoad start() {
        running.set(true);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread worker = Thread.ofVirtual().start(() -> send(thread));
            workers.add(worker);
        }
        return this;
    }

    /** Stops sending and waits for the requests in flight to get their answer (or their error). */
    void stop() throws InterruptedException {
        running.set(false);
        for (Thread worker : workers) {
            worker.join(Duration.ofSeconds(60));
        }
    }

    private void send(int thread) {
        for (int n = 0; running.get(); n++) {
            String batch = prefix + "-" + thread + "-" + n;
            sent.add(batch);
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(30))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body(batch)))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() / 100 == 2) {
                    acknowledged.add(batch);
                    if (marked) {
                        acknowledgedAfterMark.incrementAndGet();
                    }
                } else {
                    otherAnswers.merge(response.statusCode(), 1, Integer::sum);
                }
            } catch (IOException e) {
                // no answer: refused (the portal is down) or cut (it died mid-request); the batch stays
                // unacknowledged and the tool goes on with the next one until the test stops it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static String body(String batch) {
        String today = LocalDate.now().toString();
        StringBuilder json = new StringBuilder("{\"deliverables\":[");
        for (int i = 0; i < BATCH_SIZE; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"reference\":\"")
                    .append(batch)
                    .append('-')
                    .append(i)
                    .append("\",\"scopeItem\":\"saisie-factures\",\"dueDate\":\"")
                    .append(today)
                    .append("\",\"deliveredOn\":\"")
                    .append(today)
                    .append("\",\"units\":1,\"quality\":\"FIRST_PASS\"}");
        }
        return json.append("]}").toString();
    }

    /** Waits until at least that many batches in all have been acknowledged (at most two minutes). */
    void awaitAcknowledged(int batches) {
        await(batches + " acknowledged batches")
                .atMost(Duration.ofMinutes(2))
                .until(() -> acknowledged.size() >= batches);
    }

    /** From now on, acknowledgements are also counted apart (e.g. those that arrive after a SIGTERM). */
    void mark() {
        marked = true;
    }

    int acknowledgedAfterMark() {
        return acknowledgedAfterMark.get();
    }

    /** A copy of the batches acknowledged so far. */
    Set<String> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    Set<String> sent() {
        return Set.copyOf(sent);
    }

    /** HTTP status → how many batches got it, for answers other than 2xx. */
    Map<Integer, Integer> otherAnswers() {
        return Map.copyOf(otherAnswers);
    }

    String prefix() {
        return prefix;
    }
}
