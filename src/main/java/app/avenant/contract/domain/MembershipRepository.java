package app.avenant.contract.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MembershipRepository extends JpaRepository<Membership, UUID> {

    Optional<Membership> findByContractIdAndUserId(UUID contractId, UUID userId);

    List<Membership> findByContractIdAndUserIdIn(UUID contractId, Collection<UUID> userIds);

    long countByContractId(UUID contractId);

    List<Membership> findByContractId(UUID contractId);
}
