package app.avenant.change.draft;

import app.avenant.contract.terms.ObjectiveKind;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a person typed in the "new change request" dialog and has not created yet, as last kept.
 *
 * @param title   the title as typed (possibly over its limit: refused on creation, never cut)
 * @param reason  the reason as typed
 * @param serves  the objective chosen, if any
 * @param savedAt when it was last kept
 */
public record KeptNewRequest(
        String title, String reason, @Nullable ObjectiveKind serves, Instant savedAt) {}
