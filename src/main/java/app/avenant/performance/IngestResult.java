package app.avenant.performance;

/**
 * @param created          deliverables stored by this call
 * @param alreadyRecorded  identical deliverables (same reference, same values) already stored: skipped, so
 *                         sending a batch twice is harmless
 */
public record IngestResult(int created, int alreadyRecorded) {}
