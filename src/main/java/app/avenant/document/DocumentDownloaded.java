package app.avenant.document;

import java.util.UUID;

/** A member downloaded the PDF of a version or of an amendment of a contract: the audit trail records it. */
public record DocumentDownloaded(UUID contractId, String fileName, int version, String fingerprint) {}
