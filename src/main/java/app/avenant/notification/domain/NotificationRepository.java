package app.avenant.notification.domain;

import app.avenant.notification.NotificationKind;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NotificationRepository extends JpaRepository<Notification, UUID> {

    long countByRecipientIdAndReadAtIsNull(UUID recipientId);

    @Query("select n from Notification n where n.recipientId = :recipientId order by n.lastAt desc, n.id")
    List<Notification> newestFirst(UUID recipientId, Pageable page);

    /** What the recipient still has to do: unread lines of those kinds, newest first. */
    @Query("""
            select n from Notification n where n.recipientId = :recipientId and n.readAt is null and n.kind in :kinds
            order by n.lastAt desc, n.id""")
    List<Notification> unreadOfKinds(UUID recipientId, Collection<NotificationKind> kinds, Pageable page);

    /** The recipient's lines of every other kind, read or not, newest first. */
    @Query("""
            select n from Notification n where n.recipientId = :recipientId and n.kind not in :kinds
            order by n.lastAt desc, n.id""")
    List<Notification> ofOtherKinds(UUID recipientId, Collection<NotificationKind> kinds, Pageable page);

    /**
     * The unread lines of those kinds on one request among those recipients, newest first: where a repeat is
     * counted, or a new thing to do on the request rewords the line.
     */
    @Query("""
            select n from Notification n where n.changeRequestId = :changeRequestId and n.kind in :kinds
            and n.readAt is null and n.recipientId in :recipientIds order by n.lastAt desc, n.id""")
    List<Notification> unreadOn(
            UUID changeRequestId, Collection<NotificationKind> kinds, Collection<UUID> recipientIds);

    /** The recipient's unread lines of those kinds, counted by kind (the bell's "À faire", said in words). */
    @Query("""
            select n.kind, count(n) from Notification n where n.recipientId = :recipientId and n.readAt is null
            and n.kind in :kinds group by n.kind""")
    List<Object[]> countUnreadByKind(UUID recipientId, Collection<NotificationKind> kinds);

    Optional<Notification> findByIdAndRecipientId(UUID id, UUID recipientId);

    /** An ended contract has nothing left to do: its things to do leave every bell (read now). */
    @Modifying
    @Query("""
            update Notification n set n.readAt = :now
            where n.contractId = :contractId and n.readAt is null and n.kind in :kinds""")
    int markContractRead(UUID contractId, Collection<NotificationKind> kinds, java.time.Instant now);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.recipientId = :recipientId and n.readAt is null")
    int markAllRead(UUID recipientId, Instant now);

    /** Marks done what those recipients had to do on that request (their side approved or answered). */
    @Modifying
    @Query("""
            update Notification n set n.readAt = :now where n.changeRequestId = :changeRequestId
            and n.kind in :kinds and n.readAt is null and n.recipientId in :recipientIds""")
    int markDone(UUID changeRequestId, Collection<NotificationKind> kinds, Collection<UUID> recipientIds, Instant now);

    /** Marks done a contract's lines of that kind and detail among those recipients (a month's statement). */
    @Modifying
    @Query("""
            update Notification n set n.readAt = :now where n.contractId = :contractId and n.kind = :kind
            and n.detail = :detail and n.readAt is null and n.recipientId in :recipientIds""")
    int markDoneAbout(
            UUID contractId, NotificationKind kind, String detail, Collection<UUID> recipientIds, Instant now);

    /** Marks done what anybody had to do on that request (it is closed: nothing is left to do). */
    @Modifying
    @Query("""
            update Notification n set n.readAt = :now where n.changeRequestId = :changeRequestId
            and n.kind in :kinds and n.readAt is null""")
    int markDoneForAll(UUID changeRequestId, Collection<NotificationKind> kinds, Instant now);
}
