package app.avenant.governance.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewCadenceRepository extends JpaRepository<ReviewCadenceSetting, UUID> {}
