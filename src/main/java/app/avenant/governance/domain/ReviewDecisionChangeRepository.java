package app.avenant.governance.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewDecisionChangeRepository extends JpaRepository<ReviewDecisionChange, UUID> {

    /** A review's followed decisions, oldest first: one statement. */
    List<ReviewDecisionChange> findByReviewIdOrderByCreatedAtAscChangeRequestNumberAsc(UUID reviewId);
}
