package app.avenant.change.domain;

import app.avenant.contract.Side;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InternalNoteRepository extends JpaRepository<InternalNote, UUID> {

    long countByChangeRequestIdAndSide(UUID changeRequestId, Side side);
}
