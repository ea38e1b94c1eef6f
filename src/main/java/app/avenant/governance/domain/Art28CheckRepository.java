package app.avenant.governance.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Art28CheckRepository extends JpaRepository<Art28Check, UUID> {}
