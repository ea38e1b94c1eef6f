package app.avenant.change.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WordingEditRepository extends JpaRepository<WordingEdit, UUID> {

    long countByChangeRequestId(UUID changeRequestId);
}
