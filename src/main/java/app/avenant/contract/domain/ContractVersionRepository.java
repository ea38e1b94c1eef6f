package app.avenant.contract.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractVersionRepository extends JpaRepository<ContractVersion, UUID> {

    Optional<ContractVersion> findByContractIdAndNumber(UUID contractId, int number);
}
