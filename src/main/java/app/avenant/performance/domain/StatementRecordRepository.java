package app.avenant.performance.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StatementRecordRepository extends JpaRepository<StatementRecord, UUID> {

    /** A month's revisions, oldest first. */
    List<StatementRecord> findByContractIdAndPeriodMonthOrderByRevision(UUID contractId, int periodMonth);

    /** Among {@code months}, those whose latest revision is locked: one statement. */
    @Query("""
            select s.periodMonth from StatementRecord s
            where s.contractId = :contractId and s.periodMonth in :months and s.locked = true
              and s.revision = (select max(r.revision) from StatementRecord r
                                where r.contractId = s.contractId and r.periodMonth = s.periodMonth)
            """)
    List<Integer> lockedMonths(@Param("contractId") UUID contractId, @Param("months") Collection<Integer> months);
}
