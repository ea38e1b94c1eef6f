package app.avenant.contract;

import app.avenant.contract.ContractGuard.Access;
import app.avenant.contract.domain.Contract;
import app.avenant.contract.domain.ContractQueries;
import app.avenant.contract.domain.ContractRepository;
import app.avenant.contract.domain.ContractVersion;
import app.avenant.contract.domain.FingerprintRow;
import app.avenant.contract.domain.Membership;
import app.avenant.identity.CurrentUser;
import app.avenant.identity.Users;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Implements {@link PrintedVersions}: reads only, each method after the caller's membership is checked. */
@Service
@Transactional(readOnly = true)
class PrintedVersionsService implements PrintedVersions {

    /** More matches than anyone reads: a fingerprint of 16 digits or more names one version. */
    private static final int MOST_MATCHES = 10;

    private final ContractGuard guard;
    private final ContractQueries queries;
    private final ContractRepository contracts;
    private final Users users;
    private final Clock clock;

    PrintedVersionsService(
            ContractGuard guard, ContractQueries queries, ContractRepository contracts, Users users, Clock clock) {
        this.guard = guard;
        this.queries = queries;
        this.contracts = contracts;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public PrintableVersion printable(UUID contractId, int versionNumber) {
        Access access = guard.requireMembershipToRead(contractId);
        Contract c = access.contract();
        if (versionNumber < 1 || versionNumber > c.currentVersion()) {
            // the same answer as for a stranger: there is nothing to print under that address
            throw new ContractNotFoundException(contractId);
        }
        List<ContractVersion> both = queries.twoVersions(contractId, versionNumber - 1, versionNumber);
        ContractVersion version = pick(both, versionNumber, contractId);
        ContractVersion previous = versionNumber > 1 ? pick(both, versionNumber - 1, contractId) : null;
        ContractParties parties = ContractParties.of(c, users);
        return new PrintableVersion(
                c.id(),
                c.reference(),
                c.title(),
                parties.client(),
                parties.provider(),
                version.number(),
                version.adoptedAt(),
                version.summary(),
                version.terms(),
                previous != null ? previous.terms() : null,
                version.fingerprint(),
                access.me().displayName());
    }

    @Override
    public List<FoundVersion> findByFingerprint(String fingerprint) {
        String digits = PrintedVersions.normalised(fingerprint);
        if (digits.length() < SHORTEST_PREFIX) {
            return List.of();
        }
        CurrentUser me = users.currentUser();
        List<FingerprintRow> rows =
                queries.versionsWithFingerprint(digits.substring(0, Math.min(digits.length(), 64)), MOST_MATCHES);
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<UUID> mine = queries
                .activeMembershipsOf(
                        me.id(),
                        rows.stream().map(FingerprintRow::contractId).collect(Collectors.toSet()),
                        LocalDate.now(clock))
                .stream()
                .map(Membership::contractId)
                .collect(Collectors.toSet());
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<UUID, Contract> byId =
                contracts.findAllById(mine).stream().collect(Collectors.toMap(Contract::id, Function.identity()));
        return rows.stream()
                .filter(r -> byId.containsKey(r.contractId()))
                .map(r -> {
                    Contract c = byId.get(r.contractId());
                    return new FoundVersion(
                            c.id(),
                            c.reference(),
                            c.title(),
                            r.number(),
                            r.adoptedAt(),
                            c.currentVersion(),
                            r.fingerprint());
                })
                .toList();
    }

    private static ContractVersion pick(List<ContractVersion> versions, int number, UUID contractId) {
        return versions.stream()
                .filter(v -> v.number() == number)
                .findFirst()
                .orElseThrow(() -> new ContractNotFoundException(contractId));
    }
}
