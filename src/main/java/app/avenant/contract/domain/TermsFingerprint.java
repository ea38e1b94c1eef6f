package app.avenant.contract.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(
                    ("avenant-version\n" + contractId + "\n" + versionNumber + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(storedTerms.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
