package app.avenant.contract;

import app.avenant.contract.terms.Terms;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the PDF of one version, or of the amendment that produced it, is made of.
 *
 * @param number        the version, 1 or more
 * @param adoptedAt     when it came into force (the second approval)
 * @param previousTerms the terms of the version before, which an amendment compares with; null for version 1
 * @param fingerprint   what the printed version is recognised by ({@link PrintedVersions#findByFingerprint})
 * @param printedBy     the member who asked for it, printed with the date in the footer
 */
public record PrintableVersion(
        UUID contractId,
        String reference,
        String title,
        Party client,
        Party provider,
        int number,
        Instant adoptedAt,
        String summary,
        Terms terms,
        @Nullable Terms previousTerms,
        String fingerprint,
        String printedBy) {}
