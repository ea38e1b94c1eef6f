package app.avenant.performance.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SlaMeasurementRepository extends JpaRepository<SlaMeasurement, UUID> {

    Optional<SlaMeasurement> findByContractIdAndPeriodMonthAndServiceLevelKey(
            UUID contractId, int periodMonth, String serviceLevelKey);

    /** Every measurement of the months {@code first}..{@code last} (yyyymm, inclusive): one statement. */
    @Query("""
            select m from SlaMeasurement m
            where m.contractId = :contractId and m.periodMonth between :first and :last
            """)
    List<SlaMeasurement> ofMonths(
            @Param("contractId") UUID contractId, @Param("first") int first, @Param("last") int last);
}
