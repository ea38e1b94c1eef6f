package app.avenant.ops;

import java.util.Map;
import java.util.Set;

/**
 * What the database kept of a client's batches, against what the client was told: every acknowledged batch
 * stored whole exactly once (lost: missing; duplicated: more rows than sent), and no batch stored in part,
 * acknowledged or not (half-stored).
 */
record DurabilityCheck(int acknowledged, int lost, int duplicated, int halfStored, int unacknowledgedStored) {

    static DurabilityCheck of(Set<String> acknowledged, Set<String> sent, Map<String, Integer> stored, int batchSize) {
        int lost = 0;
        int duplicated = 0;
        int halfStored = 0;
        int unacknowledgedStored = 0;
        for (String batch : acknowledged) {
            int rows = stored.getOrDefault(batch, 0);
            if (rows == 0) {
                lost++;
            }
        }
        for (Map.Entry<String, Integer> batch : stored.entrySet()) {
            int rows = batch.getValue();
            if (rows > batchSize) {
                duplicated++;
            } else if (rows < batchSize) {
                halfStored++;
            }
            if (!acknowledged.contains(batch.getKey()) && sent.contains(batch.getKey())) {
                unacknowledgedStored++;
            }
        }
        return new DurabilityCheck(acknowledged.size(), lost, duplicated, halfStored, unacknowledgedStored);
    }

    DurabilityCheck plus(DurabilityCheck other) {
        return new DurabilityCheck(
                acknowledged + other.acknowledged,
                lost + other.lost,
                duplicated + other.duplicated,
                halfStored + other.halfStored,
                unacknowledgedStored + other.unacknowledgedStored);
    }

    boolean perfect() {
        return lost == 0 && duplicated == 0 && halfStored == 0;
    }

    @Override
    public String toString() {
        return "acknowledged " + acknowledged + " / lost " + lost + " / duplicated " + duplicated
                + " / half-stored " + halfStored + " (and " + unacknowledgedStored
                + " more stored whole whose 2xx the client never saw)";
    }
}
