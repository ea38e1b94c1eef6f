package app.avenant.document;

import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.FoundVersion;
import app.avenant.contract.PrintableVersion;
import app.avenant.contract.PrintedVersions;
import app.avenant.contract.VersionOrigin;
import app.avenant.contract.VersionOrigins;
import app.avenant.document.DocumentCheck.Outcome;
import app.avenant.document.attachment.ContractFileRepository;
import app.avenant.document.pdf.AmendmentPdf;
import app.avenant.document.pdf.PrintedFingerprint;
import app.avenant.document.pdf.VersionPdf;
import app.avenant.identity.LegalIdentity;
import app.avenant.identity.Users;
import app.avenant.identity.internal.UsersForModules;
import app.avenant.shared.OffsetLimit;
import app.avenant.shared.i18n.Translations;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Implements {@link VersionDocuments}. Not transactional: each read is one of the contract module's checked reads,
 * and the download is audited once the document is made (the audit entry has its own transaction).
 */
@Service
class VersionDocumentsService implements VersionDocuments {

    /** More versions than a file put together by hand holds: each is one look-up. */
    private static final int MOST_VERSIONS_IN_ONE_FILE = 10;

    private final PrintedVersions printed;
    private final VersionOrigins origins;
    private final ContractFileRepository files;
    private final Users users;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final UsersForModules organisations;

    VersionDocumentsService(
            PrintedVersions printed,
            VersionOrigins origins,
            Users users,
            Clock clock,
            ApplicationEventPublisher events,
            ContractFileRepository files,
            UsersForModules organisations) {
        this.files = files;
        this.organisations = organisations;
        this.printed = printed;
        this.origins = origins;
        this.users = users;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public PdfFile version(UUID contractId, int number) {
        PrintableVersion v = printed.printable(contractId, number);
        VersionOrigin origin =
                originOf(origins.origins(contractId, number, number), number).orElse(null);
        Locale locale = users.currentUser().locale();
        byte[] pdf = VersionPdf.render(v, origin, legalIdentities(v), locale, clock.instant());
        return downloaded(v, Translations.get(locale, "document.file.version", safe(v.reference()), number), pdf);
    }

    @Override
    public PdfFile amendment(UUID contractId, int number) {
        PrintableVersion v = printed.printable(contractId, number);
        if (v.previousTerms() == null) {
            throw new ContractNotFoundException(contractId);
        }
        VersionOrigin origin = originOf(origins.attributedOrigins(contractId, number, number), number)
                .orElseThrow(() -> new ContractNotFoundException(contractId));
        Locale locale = users.currentUser().locale();
        // the documents that came with the request, as they were when it was accepted (a closed request's stay)
        List<String> annexes = files.keptOnRequest(origin.requestId(), new OffsetLimit(0, 50)).stream()
                .map(f -> f.fileName() + " (SHA-256 " + f.sha256().substring(0, 16) + "…)")
                .toList();
        byte[] pdf = AmendmentPdf.render(v, origin, annexes, legalIdentities(v), locale, clock.instant());
        String name =
                Translations.get(locale, "document.file.amendment", AmendmentPdf.numberOf(number), safe(v.reference()));
        return downloaded(v, name, pdf);
    }

    /** The parties' legal identities, once the caller's right on the contract was checked by reading the version. */
    private Map<UUID, LegalIdentity> legalIdentities(PrintableVersion v) {
        return organisations.legalIdentities(
                List.of(v.client().organisationId(), v.provider().organisationId()));
    }

    @Override
    public DocumentCheck checkFingerprint(String typed) {
        String digits = PrintedVersions.normalised(typed);
        if (digits.length() < PrintedVersions.SHORTEST_PREFIX) {
            return DocumentCheck.of(Outcome.UNREADABLE_FINGERPRINT);
        }
        List<FoundVersion> matches = printed.findByFingerprint(digits);
        return matches.isEmpty()
                ? DocumentCheck.of(Outcome.NO_MATCH)
                : new DocumentCheck(Outcome.MATCH, matches, null, false);
    }

    @Override
    public DocumentCheck checkPdf(byte[] file) {
        if (file.length > MAX_UPLOAD_BYTES || !PrintedFingerprint.looksLikePdf(file)) {
            return DocumentCheck.of(Outcome.NOT_A_PDF);
        }
        PrintedFingerprint.Printed read = PrintedFingerprint.read(file);
        if (read.fingerprints().isEmpty()) {
            return DocumentCheck.of(Outcome.NO_FINGERPRINT);
        }
        // a file put together from several documents names each of their versions
        List<FoundVersion> matches = read.fingerprints().stream()
                .limit(MOST_VERSIONS_IN_ONE_FILE)
                .flatMap(fingerprint -> printed.findByFingerprint(fingerprint).stream())
                .distinct()
                .toList();
        if (matches.isEmpty()) {
            return DocumentCheck.of(Outcome.NO_MATCH);
        }
        return new DocumentCheck(
                Outcome.MATCH, matches, read.amendment(), read.fingerprints().size() > 1);
    }

    private PdfFile downloaded(PrintableVersion v, String fileName, byte[] pdf) {
        events.publishEvent(new DocumentDownloaded(v.contractId(), fileName, v.number(), v.fingerprint()));
        return new PdfFile(fileName, pdf);
    }

    private static Optional<VersionOrigin> originOf(List<VersionOrigin> found, int number) {
        return found.stream().filter(o -> o.version() == number).findFirst();
    }

    /** A file name every system accepts: the reference's letters, digits, dots and dashes, the rest as "_". */
    static String safe(String reference) {
        String name = reference.replaceAll("[^A-Za-z0-9.-]", "_");
        return name.isBlank() ? "contrat" : name;
    }
}
