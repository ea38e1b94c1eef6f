package app.avenant.contract;

import java.time.Instant;

/** When a version took effect: the second approval of the change request that produced it. */
public record VersionAdoption(int number, Instant adoptedAt) {}
