package app.avenant.governance.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarFeedTokenRepository extends JpaRepository<CalendarFeedToken, UUID> {

    Optional<CalendarFeedToken> findByTokenHash(String tokenHash);
}
