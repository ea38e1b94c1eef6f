package app.avenant.document;

import app.avenant.contract.FoundVersion;
import java.util.List;

/**
 * What "Vérifier un document" found.
 *
 * @param matches the versions, on the caller's contracts, the fingerprint names (one, in practice); empty unless
 *                {@link Outcome#MATCH}
 */
public record DocumentCheck(Outcome outcome, List<FoundVersion> matches) {

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
        return new DocumentCheck(outcome, List.of());
    }
}
