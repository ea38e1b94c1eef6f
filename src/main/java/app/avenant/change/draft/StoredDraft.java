package app.avenant.change.draft;

import app.avenant.contract.terms.Terms;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A person's unsaved edits of a request's proposal, as last kept.
 *
 * @param revision       the request's latest revision when the edits were made (a newer one means someone saved
 *                       meanwhile: the edits are carried onto it field by field)
 * @param inForceVersion the version in force the proposal was laid on, when the request was outdated; else null
 * @param startedFrom    the terms the editor opened with: what the edits are measured from
 * @param terms          the terms as typed
 * @param note           the revision's note as typed
 * @param savedAt        when they were last kept
 */
public record StoredDraft(
        int revision, @Nullable Integer inForceVersion, Terms startedFrom, Terms terms, String note, Instant savedAt) {}
