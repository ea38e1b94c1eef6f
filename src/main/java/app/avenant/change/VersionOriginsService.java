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
import app.avenant.contract.internal.ContractsForModules;
import app.avenant.contract.terms.Terms;
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
    private final ContractsForModules contractInternals;
    private final VersionOriginQueries queries;
    private final Users users;

    VersionOriginsService(
            Contracts contracts, ContractsForModules contractInternals, VersionOriginQueries queries, Users users) {
        this.contracts = contracts;
        this.contractInternals = contractInternals;
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
        int from = Math.min(fromVersion, toVersion);
        int to = Math.max(fromVersion, toVersion);
        List<ChangeRequest> requests = queries.producing(contractId, from, to);
        Map<UUID, List<Revision>> revisions = new LinkedHashMap<>();
        Map<Integer, Terms> versions = Map.of();
        if (withFields && !requests.isEmpty()) {
            // what each acceptance changed is read between the version it produced and the one before
            versions = contractInternals.termsOfVersions(contractId, Math.max(1, from - 1), to);
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
        Map<Integer, Terms> terms = versions;
        return requests.stream()
                .map(cr -> origin(cr, revisions.getOrDefault(cr.id(), List.of()), terms, names))
                .toList();
    }

    private static VersionOrigin origin(
            ChangeRequest cr, List<Revision> revisions, Map<Integer, Terms> versions, Map<UUID, UserRef> names) {
        List<VersionOrigin.Approver> approvals = cr.approvals().stream()
                .sorted(Comparator.comparing(Approval::at))
                .map(a -> new VersionOrigin.Approver(a.side(), name(names, a.userId()), a.at()))
                .toList();
        List<VersionOrigin.Proposal> fields = touches(cr, revisions, versions).stream()
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
                cr.serves(),
                cr.authorSide(),
                name(names, cr.authorUserId()),
                approvals,
                fields);
    }

    /**
     * The fields the request's acceptance changed. Version 0 is never stored: the first revision of the request
     * that produced version 1 is its copy (a request's first revision copies the terms it started from).
     */
    private static List<Authorship.Touch> touches(
            ChangeRequest cr, List<Revision> revisions, Map<Integer, Terms> versions) {
        Integer produced = cr.producedVersion();
        if (revisions.isEmpty() || produced == null) {
            return List.of();
        }
        Terms before = produced == 1
                ? revisions.getFirst().proposed()
                : versions.getOrDefault(produced - 1, revisions.getFirst().proposed());
        Terms after = versions.getOrDefault(produced, revisions.getLast().proposed());
        return Authorship.of(revisions, before, after);
    }

    private static String name(Map<UUID, UserRef> names, UUID userId) {
        UserRef person = names.get(userId);
        return person != null ? person.displayName() : "?";
    }
}
