package app.avenant.mail.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MailMessageRepository extends JpaRepository<MailMessage, UUID> {

    /** What is due now, oldest first. */
    @Query("select m.id from MailMessage m where m.status = app.avenant.mail.domain.MailMessage.Status.PENDING"
            + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.createdAt")
    List<UUID> dueIds(Instant now, Pageable page);

    /** A notification counted again before its message left is not queued twice. */
    boolean existsByNotificationIdAndStatus(UUID notificationId, MailMessage.Status status);

    /** The organisation admin's list, newest first. */
    @Query("select m from MailMessage m where m.organisationId = :organisationId order by m.createdAt desc, m.id")
    List<MailMessage> ofOrganisation(UUID organisationId, Pageable page);

    long countByOrganisationId(UUID organisationId);

    long countByOrganisationIdAndStatus(UUID organisationId, MailMessage.Status status);

    Optional<MailMessage> findByIdAndOrganisationId(UUID id, UUID organisationId);

    Optional<MailMessage> findByUnsubscribeHash(String hash);
}
