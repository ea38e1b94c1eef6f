package app.avenant.contract.domain;

import app.avenant.contract.ContractStatus;
import app.avenant.shared.OffsetLimit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ContractVersionRepository extends JpaRepository<ContractVersion, UUID> {

    Optional<ContractVersion> findByContractIdAndNumber(UUID contractId, int number);

    /** The versions numbered {@code from}..{@code to} of one contract, in one statement. */
    List<ContractVersion> findByContractIdAndNumberBetween(UUID contractId, int from, int to);

    /** Contracts of those statuses with at least one version, each with its current version; by id, one page. */
    default List<CurrentVersionRow> currentVersions(Collection<ContractStatus> statuses, int offset, int limit) {
        return currentVersions(statuses, new OffsetLimit(offset, limit));
    }

    @Query("select new app.avenant.contract.domain.CurrentVersionRow(c, v) from Contract c join ContractVersion v"
            + " on v.contractId = c.id and v.number = c.currentVersion where c.status in :statuses order by c.id")
    List<CurrentVersionRow> currentVersions(Collection<ContractStatus> statuses, Pageable page);

    /** The versions in force of these contracts, in those statuses (one statement). */
    @Query("select new app.avenant.contract.domain.CurrentVersionRow(c, v) from Contract c join ContractVersion v"
            + " on v.contractId = c.id and v.number = c.currentVersion"
            + " where c.id in :ids and c.status in :statuses order by c.reference")
    List<CurrentVersionRow> currentVersionsOf(Collection<UUID> ids, Collection<ContractStatus> statuses);
}
