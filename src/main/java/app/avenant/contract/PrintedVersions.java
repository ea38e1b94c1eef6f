package app.avenant.contract;

import java.util.List;
import java.util.UUID;

/**
 * The versions on paper (docs/decisions/0043): what a version's PDF prints, and which version a printed fingerprint
 * names. Both answer only members: a version of someone else's contract is "not found", or not among the matches.
 */
public interface PrintedVersions {

    /** The least of a fingerprint a person may type: 16 hexadecimal digits (64 bits) still name one version. */
    int SHORTEST_PREFIX = 16;

    /**
     * One adopted version with the one before it, its parties and fingerprint, for a member.
     *
     * @throws ContractNotFoundException for a non-member, or a version the contract does not have
     */
    PrintableVersion printable(UUID contractId, int versionNumber);

    /**
     * The versions, on the caller's contracts, whose fingerprint starts with these digits (at least
     * {@link #SHORTEST_PREFIX} hexadecimal digits, any case, spaces ignored); empty when none, or when the digits
     * are too few or not hexadecimal. A version of a contract the caller is not on is never among them.
     */
    List<FoundVersion> findByFingerprint(String fingerprint);

    /** The fingerprint as typed or read, reduced to lower-case hexadecimal digits; empty when it holds anything else. */
    static String normalised(String typed) {
        String digits = typed.replaceAll("[\\s:\\-\\u00a0\\u202f]", "").toLowerCase(java.util.Locale.ROOT);
        return digits.matches("[0-9a-f]*") ? digits : "";
    }
}
