package app.avenant.document.attachment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ContractFileRepository extends JpaRepository<ContractFileRow, UUID> {

    /** The files not removed, newest first, one page. */
    @Query("select f from ContractFileRow f where f.contractId = :contractId and f.changeRequestId is null"
            + " and f.removedAt is null order by f.addedAt desc, f.id")
    List<ContractFileRow> kept(UUID contractId, Pageable page);

    @Query("select count(f) from ContractFileRow f where f.contractId = :contractId and f.changeRequestId is null"
            + " and f.removedAt is null")
    long countKept(UUID contractId);

    /** A file of the same content already kept with the contract itself (not removed). */
    @Query("select f from ContractFileRow f where f.contractId = :contractId and f.changeRequestId is null"
            + " and f.sha256 = :sha256 and f.removedAt is null order by f.addedAt")
    List<ContractFileRow> keptWithContent(UUID contractId, String sha256);

    /** The files attached to a change request, not removed, newest first, one page. */
    @Query("select f from ContractFileRow f where f.changeRequestId = :requestId and f.removedAt is null"
            + " order by f.addedAt desc, f.id")
    List<ContractFileRow> keptOnRequest(UUID requestId, Pageable page);

    @Query("select count(f) from ContractFileRow f where f.changeRequestId = :requestId and f.removedAt is null")
    long countKeptOnRequest(UUID requestId);

    @Query("select f from ContractFileRow f where f.changeRequestId = :requestId and f.sha256 = :sha256"
            + " and f.removedAt is null order by f.addedAt")
    List<ContractFileRow> keptOnRequestWithContent(UUID requestId, String sha256);

    /** A file of that contract, removed or not: an id of another contract is not found. */
    Optional<ContractFileRow> findByIdAndContractId(UUID id, UUID contractId);
}
