package app.avenant.change;

import app.avenant.change.domain.Approval;
import app.avenant.change.domain.Authorship;
import app.avenant.change.domain.ChangeRequest;
import app.avenant.change.domain.Revision;
import app.avenant.change.domain.VersionOriginQueries;
import app.avenant.change.domain.VersionOriginQueries.RevisionOf;
import app.avenant.contract.Contracts;
import app.avenant.contract.VersionOrigin;
import app.avenant.contract.VersionOrigins;
import app.avenant.identity.UserRef;
import app.avenant.identity.Users;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contract screens' "who and why" (docs/decisions/0026): the accepted requests behind a range of versions,
 * read after the caller's membership is checked, in a fixed number of statements (the requests with their
 * approvals, their revisions with terms when fields are asked for, the names).
 */
@Service
@Transactional(readOnly = true)
class VersionOriginsService implements VersionOrigins {

    private final Contracts contracts;
    private final VersionOriginQueries queries;
    private final Users users;

    VersionOriginsService(Contracts contracts, VersionOriginQueries queries, Users users) {
        this.contracts = contracts;
        this.queries = queries;
        this.users = users;
    }

    @Override
    public List<VersionOrigin> origins(UUID contractId, int fromVersion, int toVersion) {
        return read(contractId, fromVersion, toVersion, false);
    }

    @Override
    public List<VersionOrigin> attributedOrigins(UUID contractId, int fromVersion, int toVersion) {
        return read(contractId, fromVersion, toVersion, true);
    }

    private List<VersionOrigin> read(UUID contractId, int fromVersion, int toVersion, boolean withFields) {
        // a stranger gets ContractNotFoundException here, before anything about the requests is read
        contracts.myRole(contractId);
        List<ChangeRequest> requests =
                queries.producing(contractId, Math.min(fromVersion, toVersion), Math.max(fromVersion, toVersion));
        Map<UUID, List<Revision>> revisions = new LinkedHashMap<>();
        if (withFields) {
            for (RevisionOf row : queries.revisionsWithTerms(
                    requests.stream().map(ChangeRequest::id).toList())) {
                revisions
                        .computeIfAbsent(row.changeRequestId(), id -> new ArrayList<>())
                        .add(row.revision());
            }
        }
        Set<UUID> people = new HashSet<>();
        for (ChangeRequest cr : requests) {
            people.add(cr.authorUserId());
            cr.approvals().forEach(a -> people.add(a.userId()));
        }
        revisions.values().forEach(list -> list.forEach(r -> people.add(r.authorUserId())));
        Map<UUID, UserRef> names = users.usersByIds(people);
        return requests.stream()
                .map(cr -> origin(cr, revisions.getOrDefault(cr.id(), List.of()), names))
                .toList();
    }

    private static VersionOrigin origin(ChangeRequest cr, List<Revision> revisions, Map<UUID, UserRef> names) {
        List<VersionOrigin.Approver> approvals = cr.approvals().stream()
                .sorted(Comparator.comparing(Approval::at))
                .map(a -> new VersionOrigin.Approver(a.side(), name(names, a.userId()), a.at()))
                .toList();
        List<VersionOrigin.Proposal> fields = Authorship.of(revisions).stream()
                .map(t -> new VersionOrigin.Proposal(
                        t.item().section(),
                        t.item().key(),
                        t.field().field(),
                        t.field().detail(),
                        t.by().side(),
                        name(names, t.by().authorUserId()),
                        t.by().note()))
                .toList();
        return new VersionOrigin(
                cr.producedVersion() == null ? 0 : cr.producedVersion(),
                cr.id(),
                cr.number(),
                cr.title(),
                cr.reason(),
                cr.authorSide(),
                name(names, cr.authorUserId()),
                approvals,
                fields);
    }

    private static String name(Map<UUID, UserRef> names, UUID userId) {
        UserRef person = names.get(userId);
        return person != null ? person.displayName() : "?";
    }
}
