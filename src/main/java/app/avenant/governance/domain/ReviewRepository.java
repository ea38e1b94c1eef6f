package app.avenant.governance.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReviewRepository extends JpaRepository<Review, UUID> {

    /** The review with its attendees, in one statement: its page and most of its actions read both. */
    @Query("select r from Review r left join fetch r.attendees where r.id = :id")
    Optional<Review> findWithAttendees(UUID id);
}
