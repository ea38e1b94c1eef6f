package app.avenant.mail.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MailPreferenceRepository extends JpaRepository<MailPreference, MailPreference.Key> {

    @Query("select p from MailPreference p where p.key.userId = :userId")
    List<MailPreference> ofUser(UUID userId);

    @Query("select p from MailPreference p where p.key.userId in :userIds")
    List<MailPreference> ofUsers(Collection<UUID> userIds);
}
