package app.avenant.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NotificationRepository extends JpaRepository<Notification, UUID> {

    long countByRecipientIdAndReadAtIsNull(UUID recipientId);

    @Query("select n from Notification n where n.recipientId = :recipientId order by n.createdAt desc, n.id")
    List<Notification> newestFirst(UUID recipientId, Pageable page);

    Optional<Notification> findByIdAndRecipientId(UUID id, UUID recipientId);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.recipientId = :recipientId and n.readAt is null")
    int markAllRead(UUID recipientId, Instant now);
}
