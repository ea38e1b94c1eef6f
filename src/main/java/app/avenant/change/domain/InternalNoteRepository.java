package app.avenant.change.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InternalNoteRepository extends JpaRepository<InternalNote, UUID> {}
