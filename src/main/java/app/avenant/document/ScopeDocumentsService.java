package app.avenant.document;

import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.ContractRole;
import app.avenant.contract.Contracts;
import app.avenant.contract.terms.ScopeAttachment;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.Terms;
import app.avenant.document.attachment.CheckedFile;
import app.avenant.document.attachment.FileStore;
import app.avenant.identity.Users;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Implements {@link ScopeDocuments}: the caller's role on the contract first (a stranger is "not found"), then the
 * content rules of {@link ContractFiles}; a download is served only for a content the contract's own terms name.
 */
@Service
class ScopeDocumentsService implements ScopeDocuments {

    private final Contracts contracts;
    private final FileStore store;
    private final Users users;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<AttachableRequests> requests;

    ScopeDocumentsService(
            Contracts contracts,
            FileStore store,
            Users users,
            ApplicationEventPublisher events,
            ObjectProvider<AttachableRequests> requests) {
        this.contracts = contracts;
        this.store = store;
        this.users = users;
        this.events = events;
        this.requests = requests;
    }

    @Override
    public ScopeAttachment keep(UUID contractId, String fileName, byte[] content) {
        ContractRole role = contracts.myRole(contractId);
        if (!role.canEdit()) {
            throw new AccessDeniedException("Only members who edit the contract propose documents");
        }
        CheckedFile file = CheckedFile.of(fileName, content);
        try {
            store.put(file.sha256(), content);
        } catch (IOException e) {
            throw new UncheckedIOException("The file could not be stored", e);
        }
        return new ScopeAttachment(file.name(), file.kind().mediaType(), content.length, file.sha256());
    }

    @Override
    @Transactional(readOnly = true)
    public FileContent download(UUID contractId, String sha256) {
        contracts.myRole(contractId);
        ScopeAttachment document = ScopeAttachment.isAddress(sha256)
                ? inVersions(contractId, sha256)
                        .or(() -> inRequests(contractId, sha256))
                        .orElse(null)
                : null;
        if (document == null || !store.contains(sha256)) {
            throw new ContractNotFoundException(contractId);
        }
        events.publishEvent(new ContractFileEvent.Downloaded(
                contractId,
                null,
                document.fileName(),
                sha256,
                users.currentUser().id()));
        return new FileContent(
                document.fileName(), document.mediaType(), document.sizeBytes(), () -> store.open(sha256));
    }

    /** The newest version first: the name it has today. */
    private Optional<ScopeAttachment> inVersions(UUID contractId, String sha256) {
        int current = contracts.currentTerms(contractId).versionNumber();
        for (int number = current; number >= 1; number--) {
            Optional<ScopeAttachment> found = named(contracts.termsOfVersion(contractId, number), sha256);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<ScopeAttachment> inRequests(UUID contractId, String sha256) {
        AttachableRequests known = requests.getIfAvailable();
        return known == null ? Optional.empty() : known.proposedScopeDocument(contractId, sha256);
    }

    static Optional<ScopeAttachment> named(Terms terms, String sha256) {
        return terms.scopeItems().stream()
                .map(ScopeItem::attachments)
                .flatMap(List::stream)
                .filter(a -> a.sha256().equals(sha256))
                .findFirst();
    }
}
