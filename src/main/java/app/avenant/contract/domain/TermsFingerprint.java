package app.avenant.contract.domain;

import app.avenant.shared.Sha256;
import java.util.UUID;

/**
 * The fingerprint printed on every page of a version's PDF (docs/decisions/0043): SHA-256 of the version's terms
 * exactly as stored (the JSON written once when the version was adopted, never rewritten), preceded by the
 * contract's id and the version's number, so two contracts, or two versions, that happen to hold the same terms
 * never share one and a fingerprint names exactly one version.
 */
public final class TermsFingerprint {

    /** 64 lower-case hexadecimal digits. */
    public static final int LENGTH = 64;

    private TermsFingerprint() {}

    public static String of(UUID contractId, int versionNumber, String storedTerms) {
        return Sha256.hex("avenant-version\n" + contractId + "\n" + versionNumber + "\n", storedTerms);
    }
}
