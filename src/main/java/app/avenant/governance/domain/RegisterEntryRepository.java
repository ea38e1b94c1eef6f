package app.avenant.governance.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegisterEntryRepository extends JpaRepository<RegisterEntry, UUID> {}
