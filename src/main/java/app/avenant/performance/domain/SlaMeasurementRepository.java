package app.avenant.performance.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SlaMeasurementRepository extends JpaRepository<SlaMeasurement, UUID> {

    Optional<SlaMeasurement> findByContractIdAndPeriodMonthAndServiceLevelKey(
            UUID contractId, int periodMonth, String serviceLevelKey);
}
