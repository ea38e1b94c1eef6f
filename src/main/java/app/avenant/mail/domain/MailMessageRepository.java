package app.avenant.mail.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MailMessageRepository extends JpaRepository<MailMessage, UUID> {

    /** What is due now, oldest first. */
    @Query("select m.id from MailMessage m where m.status = app.avenant.mail.domain.MailMessage.Status.PENDING"
            + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.createdAt")
    List<UUID> dueIds(Instant now, Pageable page);

    /** Of these notifications, those with a message still waiting: counted again, they are not queued twice. */
    @Query("select m.notificationId from MailMessage m where m.notificationId in :notificationIds"
            + " and m.status = app.avenant.mail.domain.MailMessage.Status.PENDING")
    Set<UUID> waitingFor(Collection<UUID> notificationIds);

    /** The organisation admin's list, newest first. */
    @Query("select m from MailMessage m where m.organisationId = :organisationId order by m.createdAt desc, m.id")
    List<MailMessage> ofOrganisation(UUID organisationId, Pageable page);

    long countByOrganisationId(UUID organisationId);

    long countByOrganisationIdAndStatus(UUID organisationId, MailMessage.Status status);

    Optional<MailMessage> findByIdAndOrganisationId(UUID id, UUID organisationId);

    Optional<MailMessage> findByUnsubscribeHash(String hash);
}
