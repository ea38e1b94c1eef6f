package app.avenant.document;

import app.avenant.contract.FoundVersion;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What "Vérifier un document" found.
 *
 * @param matches   the versions, on the caller's contracts, the file or the fingerprint names (one, unless a file was
 *                  put together from several documents); empty unless {@link Outcome#MATCH}
 * @param amendment the amendment's number when the file is an amendment's PDF (its pages carry the fingerprint of
 *                  the version it made), else null
 * @param mixed     true when the file carries the fingerprints of several versions: its pages come from several
 *                  documents
 */
public record DocumentCheck(
        Outcome outcome,
        List<FoundVersion> matches,
        @Nullable Integer amendment,
        boolean mixed) {

    public enum Outcome {
        /** A version of one of the caller's contracts. */
        MATCH,
        /** A fingerprint that names no version the caller may see (none at all, or someone else's). */
        NO_MATCH,
        /** A PDF that carries no fingerprint: not printed by Avenant, or printed and scanned. */
        NO_FINGERPRINT,
        /** Not a PDF, whatever its name. */
        NOT_A_PDF,
        /** Typed digits too few, or not hexadecimal, to name a version. */
        UNREADABLE_FINGERPRINT
    }

    public DocumentCheck {
        matches = List.copyOf(matches);
    }

    static DocumentCheck of(Outcome outcome) {
        return new DocumentCheck(outcome, List.of(), null, false);
    }
}
