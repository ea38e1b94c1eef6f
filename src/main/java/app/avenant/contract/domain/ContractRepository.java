package app.avenant.contract.domain;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface ContractRepository extends JpaRepository<Contract, UUID> {

    boolean existsByReference(String reference);

    @Query("select c.id from Contract c where c.reference = :reference"
            + " and (c.clientOrganisationId = :organisationId or c.providerOrganisationId = :organisationId)")
    Optional<UUID> findIdOfParty(UUID organisationId, String reference);

    /** Locks the contract row: adopting a version must never build on a version someone else just replaced. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    // wait a few seconds at most (MariaDB would wait 50 s): the caller is a person, told "busy, try again"
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "3000"))
    @Query("select c from Contract c where c.id = :id")
    Optional<Contract> findForUpdate(UUID id);
}
