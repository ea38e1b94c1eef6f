package app.avenant.contract.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExitCheckRepository extends JpaRepository<ExitCheck, ExitCheck.Key> {

    List<ExitCheck> findByContractId(UUID contractId);

    long countByContractId(UUID contractId);
}
