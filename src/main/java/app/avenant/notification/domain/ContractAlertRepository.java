package app.avenant.notification.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractAlertRepository extends JpaRepository<ContractAlert, UUID> {

    boolean existsByContractIdAndKindAndAlertKey(UUID contractId, ContractAlert.Kind kind, String alertKey);
}
