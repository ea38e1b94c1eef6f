package app.avenant.document;

import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.ContractRole;
import app.avenant.contract.Contracts;
import app.avenant.contract.Side;
import app.avenant.document.attachment.CheckedFile;
import app.avenant.document.attachment.ContractFileRepository;
import app.avenant.document.attachment.ContractFileRow;
import app.avenant.document.attachment.FileStore;
import app.avenant.identity.CurrentUser;
import app.avenant.identity.UserRef;
import app.avenant.identity.Users;
import app.avenant.shared.OffsetLimit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Implements {@link ContractFiles}. Each method first asks the contract module for the caller's role on that
 * contract (a stranger is "not found" there). The bytes go to the {@link FileStore} before the row that names them
 * is written, so a file listed is a file on disk.
 */
@Service
class ContractFilesService implements ContractFiles {

    private final Contracts contracts;
    private final ContractFileRepository files;
    private final FileStore store;
    private final Users users;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<AttachableRequests> requests;

    ContractFilesService(
            Contracts contracts,
            ContractFileRepository files,
            FileStore store,
            Users users,
            Clock clock,
            ApplicationEventPublisher events,
            ObjectProvider<AttachableRequests> requests) {
        this.requests = requests;
        this.contracts = contracts;
        this.files = files;
        this.store = store;
        this.users = users;
        this.clock = clock;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public List<KeptFile> list(UUID contractId, int offset, int limit) {
        ContractRole role = contracts.myRole(contractId);
        CurrentUser me = users.currentUser();
        List<ContractFileRow> page = files.kept(contractId, new OffsetLimit(offset, Math.max(1, limit)));
        Map<UUID, UserRef> names =
                users.usersByIds(page.stream().map(ContractFileRow::addedBy).collect(Collectors.toSet()));
        return page.stream().map(row -> kept(row, names, role, me, true)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long count(UUID contractId) {
        contracts.myRole(contractId);
        return files.countKept(contractId);
    }

    @Override
    public boolean canAdd(UUID contractId) {
        return contracts.myRole(contractId).canEdit();
    }

    @Override
    @Transactional
    public KeptFile add(UUID contractId, String fileName, byte[] content) {
        ContractRole role = contracts.myRole(contractId);
        if (!role.canEdit()) {
            throw new AccessDeniedException("Only members who edit the contract add files to it");
        }
        return keep(contractId, null, role, fileName, content);
    }

    /** Checks the content, stores the bytes, then writes the row that names them; the caller checked the right. */
    private KeptFile keep(
            UUID contractId, @Nullable UUID requestId, ContractRole role, String fileName, byte[] content) {
        CheckedFile file = CheckedFile.of(fileName, content);
        String sha256 = file.sha256();
        // the same document twice in the list: nobody could tell which copy is the right one
        List<ContractFileRow> same = requestId == null
                ? files.keptWithContent(contractId, sha256)
                : files.keptOnRequestWithContent(requestId, sha256);
        if (!same.isEmpty()) {
            throw new FileRefusedException(
                    requestId == null ? "document.files.error.duplicate" : "document.requestFiles.error.duplicate",
                    same.getFirst().fileName());
        }
        try {
            store.put(sha256, content);
        } catch (IOException e) {
            throw new UncheckedIOException("The file could not be stored", e);
        }
        CurrentUser me = users.currentUser();
        ContractFileRow row = new ContractFileRow(
                contractId,
                file.name(),
                file.kind().mediaType(),
                content.length,
                sha256,
                me.id(),
                role.side(),
                clock.instant());
        if (requestId != null) {
            row.onRequest(requestId);
        }
        files.save(row);
        events.publishEvent(new ContractFileEvent.Added(contractId, row.id(), file.name(), sha256, me.id()));
        return kept(
                row,
                Map.of(
                        me.id(),
                        new UserRef(
                                me.id(),
                                me.username(),
                                me.displayName(),
                                me.organisation().id())),
                role,
                me,
                true);
    }

    // --- a change request's files ---

    @Override
    @Transactional(readOnly = true)
    public RequestFolder requestFolder(UUID changeRequestId) {
        Visible shown = visible(changeRequestId);
        AttachableRequests.AttachableRequest request = shown.request();
        Side side = shown.role().side();
        return new RequestFolder(
                request.contractId(),
                request.id(),
                request.number(),
                request.title(),
                request.open(),
                request.takesFilesFrom(side) && shown.role().canEdit(),
                request.draft() && request.authorSide() != side);
    }

    @Override
    @Transactional(readOnly = true)
    public List<KeptFile> listOnRequest(UUID changeRequestId, int offset, int limit) {
        Visible shown = visible(changeRequestId);
        CurrentUser me = users.currentUser();
        List<ContractFileRow> page = files.keptOnRequest(changeRequestId, new OffsetLimit(offset, Math.max(1, limit)));
        Map<UUID, UserRef> names =
                users.usersByIds(page.stream().map(ContractFileRow::addedBy).collect(Collectors.toSet()));
        return page.stream()
                .map(row -> kept(row, names, shown.role(), me, shown.request().open()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long countOnRequest(UUID changeRequestId) {
        visible(changeRequestId);
        return files.countKeptOnRequest(changeRequestId);
    }

    @Override
    @Transactional
    public KeptFile addToRequest(UUID changeRequestId, String fileName, byte[] content) {
        Visible shown = visible(changeRequestId);
        ContractRole role = shown.role();
        if (!role.canEdit()) {
            throw new AccessDeniedException("Only members who edit the contract add files to it");
        }
        if (!shown.request().takesFilesFrom(role.side())) {
            throw new AccessDeniedException("A closed request keeps the files it had; a draft takes its side's only");
        }
        return keep(shown.request().contractId(), changeRequestId, role, fileName, content);
    }

    /** A request the caller may see, and their role on its contract. */
    private record Visible(AttachableRequests.AttachableRequest request, ContractRole role) {}

    /**
     * The request if the caller may see it, as they may see the request itself: a member of its contract (a stranger
     * is "not found" there, through the contract module).
     */
    private Visible visible(UUID changeRequestId) {
        AttachableRequests.AttachableRequest request =
                requestOf(changeRequestId).orElseThrow(() -> new RequestNotFoundException(changeRequestId));
        try {
            return new Visible(request, contracts.myRole(request.contractId()));
        } catch (ContractNotFoundException stranger) {
            throw new RequestNotFoundException(changeRequestId);
        }
    }

    private Optional<AttachableRequests.AttachableRequest> requestOf(UUID changeRequestId) {
        AttachableRequests known = requests.getIfAvailable();
        return known == null ? Optional.empty() : known.find(changeRequestId);
    }

    @Override
    @Transactional
    public void remove(UUID contractId, UUID fileId) {
        ContractRole role = contracts.myRole(contractId);
        CurrentUser me = users.currentUser();
        ContractFileRow row = keptRow(contractId, fileId);
        if (!removable(row, role, me)) {
            throw new AccessDeniedException("Only who added a file, or the owner of their side, removes it");
        }
        UUID request = row.changeRequestId();
        if (request != null
                && !requestOf(request)
                        .map(AttachableRequests.AttachableRequest::open)
                        .orElse(false)) {
            throw new AccessDeniedException("A closed request keeps the files it had");
        }
        row.remove(me.id(), clock.instant());
        events.publishEvent(new ContractFileEvent.Removed(contractId, fileId, row.fileName(), row.sha256(), me.id()));
    }

    @Override
    @Transactional(readOnly = true)
    public FileContent download(UUID contractId, UUID fileId) {
        contracts.myRole(contractId);
        ContractFileRow row = keptRow(contractId, fileId);
        String sha256 = row.sha256();
        events.publishEvent(new ContractFileEvent.Downloaded(
                contractId, fileId, row.fileName(), sha256, users.currentUser().id()));
        return new FileContent(row.fileName(), row.mediaType(), row.sizeBytes(), () -> store.open(sha256));
    }

    /**
     * A file of that contract, not removed, of the contract itself or of one of its requests: the caller's membership
     * of the contract, checked first, is all a request's file asks too.
     */
    private ContractFileRow keptRow(UUID contractId, UUID fileId) {
        return files.findByIdAndContractId(fileId, contractId)
                .filter(found -> !found.isRemoved())
                .orElseThrow(() -> new ContractNotFoundException(contractId));
    }

    private static boolean removable(ContractFileRow row, ContractRole role, CurrentUser me) {
        return row.addedBy().equals(me.id()) || (role.isOwner() && role.side() == row.addedSide());
    }

    /** @param open false for a closed request's file: nobody removes it any more */
    private static KeptFile kept(
            ContractFileRow row, Map<UUID, UserRef> names, ContractRole role, CurrentUser me, boolean open) {
        UserRef by = names.get(row.addedBy());
        return new KeptFile(
                row.id(),
                row.fileName(),
                row.mediaType(),
                row.sizeBytes(),
                row.sha256(),
                by != null ? by.displayName() : "?",
                row.addedSide(),
                row.addedAt(),
                open && removable(row, role, me));
    }
}
