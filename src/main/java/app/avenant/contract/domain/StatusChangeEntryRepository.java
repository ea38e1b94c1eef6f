package app.avenant.contract.domain;

import app.avenant.contract.StatusChange;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StatusChangeEntryRepository extends JpaRepository<StatusChangeEntry, UUID> {

    Optional<StatusChangeEntry> findFirstByContractIdAndKindAndToStatusOrderByChangedAtDesc(
            UUID contractId, StatusChange.Kind kind, app.avenant.contract.ContractStatus toStatus);
}
