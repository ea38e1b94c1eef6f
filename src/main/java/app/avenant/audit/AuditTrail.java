package app.avenant.audit;

import app.avenant.audit.domain.AuditChain;
import app.avenant.audit.domain.AuditCsv;
import app.avenant.audit.domain.AuditEntry;
import app.avenant.audit.domain.AuditRecorder;
import app.avenant.contract.ContractRole;
import app.avenant.contract.Contracts;
import app.avenant.contract.LastAccess;
import app.avenant.identity.OrganisationRef;
import app.avenant.identity.UserRef;
import app.avenant.identity.Users;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit trail. A contract's trail is for the owners of both sides (the PME's owner, the
 * provider's manager): other members are denied, outsiders get "not found"
 * ({@code ContractNotFoundException}) as everywhere. Reading it is
 * itself recorded. The chain's integrity is checked whole, by such an owner or by any organisation admin.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail implements LastAccess {

    private static final Pattern SUBJECT = Pattern.compile("(?:^|\\s)user=([0-9a-fA-F-]{36})(?:\\s|$)");

    /** Rows per query when exporting: memory stays bounded on a long trail. */
    private static final int EXPORT_PAGE = 1000;

    private final AuditChain chain;
    private final AuditRecorder recorder;
    private final Contracts contracts;
    private final Users users;

    AuditTrail(AuditChain chain, AuditRecorder recorder, Contracts contracts, Users users) {
        this.chain = chain;
        this.recorder = recorder;
        this.contracts = contracts;
        this.users = users;
    }

    /** Whether the caller may read that contract's trail (false for members who are not owners). */
    public boolean mayRead(UUID contractId) {
        return contracts.myGrantedRole(contractId).isOwner();
    }

    /** Records that the caller opened the contract's trail; call once per visit of the screen. */
    public void recordTrailViewed(UUID contractId) {
        requireOwner(contractId);
        recorder.now(AuditAction.AUDIT_TRAIL_VIEWED, users.currentUser().id(), contractId, "");
    }

    /** The contract's entries, newest first, one page. */
    public List<AuditEntryView> entriesOfContract(UUID contractId, int offset, int limit) {
        requireOwner(contractId);
        return views(chain.ofContract(contractId, offset, limit));
    }

    public long countEntriesOfContract(UUID contractId) {
        requireOwner(contractId);
        return chain.countOfContract(contractId);
    }

    /**
     * The contract's whole trail as a CSV file for French Excel (UTF-8 with BOM, {@code ;}), oldest first,
     * with each entry's hashes so anyone can check the chain of what they were given. Recorded as an export.
     */
    public byte[] exportContractCsv(UUID contractId) {
        requireOwner(contractId);
        AuditCsv csv = new AuditCsv(users.currentUser().locale());
        long written = 0;
        long after = 0;
        while (true) {
            List<AuditEntry> page = chain.ofContractAfter(contractId, after, EXPORT_PAGE);
            views(page).forEach(csv::row);
            written += page.size();
            if (page.size() < EXPORT_PAGE) {
                break;
            }
            after = page.get(page.size() - 1).seq();
        }
        recorder.now(
                AuditAction.EXPORT, users.currentUser().id(), contractId, "file=audit-trail.csv entries=" + written);
        return csv.bytes();
    }

    /**
     * Walks the whole chain (every contract's entries, every sign-in) and reports the first broken link.
     * For the owners of a contract, from its trail screen.
     */
    public IntegrityReport verifyFromContract(UUID contractId) {
        requireOwner(contractId);
        return chain.verify();
    }

    /**
     * When each of those users last opened the contract's workspace (absent: never, as far as the trail
     * goes), for the access review ({@code contract.ui}, through {@link LastAccess}). Owners of both sides only,
     * like the trail itself.
     */
    @Override
    public Map<UUID, java.time.Instant> lastAccess(UUID contractId, java.util.Collection<UUID> userIds) {
        requireOwner(contractId);
        return chain.lastViews(contractId, Set.copyOf(userIds));
    }

    private void requireOwner(UUID contractId) {
        // not found for outsiders; an ended contract's trail stays readable by its owners
        ContractRole role = contracts.myGrantedRole(contractId);
        if (!role.isOwner()) {
            throw new AccessDeniedException("Only the owners of both sides read the audit trail");
        }
    }

    private List<AuditEntryView> views(List<AuditEntry> entries) {
        Set<UUID> organisations = new HashSet<>();
        entries.stream()
                .map(AuditEntry::organisationId)
                .filter(Objects::nonNull)
                .forEach(organisations::add);
        Map<UUID, OrganisationRef> names = users.organisationsByIds(organisations);
        Map<UUID, UserRef> subjects = users.usersByIds(entries.stream()
                .map(e -> subjectOf(e.details()))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return entries.stream()
                .map(e -> {
                    UUID org = e.organisationId();
                    OrganisationRef ref = org == null ? null : names.get(org);
                    return new AuditEntryView(
                            e.seq(),
                            e.occurredAt(),
                            e.actorUserId(),
                            e.actorName(),
                            ref == null ? null : ref.name(),
                            e.action(),
                            e.details(),
                            e.previousHash(),
                            e.hash(),
                            subjectName(e.details(), subjects));
                })
                .toList();
    }

    /** The {@code user=} of an entry's details: whom a membership entry is about (the stored text stays as it is). */
    static @Nullable UUID subjectOf(String details) {
        Matcher m = SUBJECT.matcher(details);
        if (!m.find()) {
            return null;
        }
        try {
            return UUID.fromString(m.group(1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable String subjectName(String details, Map<UUID, UserRef> subjects) {
        UUID id = subjectOf(details);
        UserRef user = id == null ? null : subjects.get(id);
        return user == null ? null : user.displayName();
    }
}
