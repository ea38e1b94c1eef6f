package app.avenant.document;

import java.util.UUID;

/**
 * The PDFs of a contract's versions and amendments, for its members, in the caller's language; and which version a
 * document is. Every method answers a non-member as if the contract did not exist.
 */
public interface VersionDocuments {

    /** Larger than any contract's PDF: a bigger upload is refused before it is read. */
    int MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

    /**
     * The PDF of version {@code number}: parties, version, date in force, its whole terms and its fingerprint.
     * Audited as a download.
     *
     * @throws app.avenant.contract.ContractNotFoundException for a non-member or a version the contract lacks
     */
    PdfFile version(UUID contractId, int number);

    /**
     * The PDF of the amendment that made version {@code number} (2 or more) out of the one before: each change with
     * who proposed it, the request's reason and objective, the approvals. Audited as a download.
     *
     * @throws app.avenant.contract.ContractNotFoundException for a non-member, version 1 (the contract itself, no
     *     amendment) or a version adopted without a change request
     */
    PdfFile amendment(UUID contractId, int number);

    /** Which of the caller's versions a typed fingerprint (16 hexadecimal digits or more) names. */
    DocumentCheck checkFingerprint(String typed);

    /** Which of the caller's versions an uploaded PDF is, by the fingerprint it carries. */
    DocumentCheck checkPdf(byte[] file);
}
