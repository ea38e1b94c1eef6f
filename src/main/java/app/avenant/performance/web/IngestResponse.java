package app.avenant.performance.web;

import app.avenant.performance.IngestResult;

/**
 * What a batch did: {@code created} new deliverables, {@code alreadyRecorded} identical ones sent before
 * and skipped.
 */
record IngestResponse(int created, int alreadyRecorded) {

    static IngestResponse of(IngestResult result) {
        return new IngestResponse(result.created(), result.alreadyRecorded());
    }
}
