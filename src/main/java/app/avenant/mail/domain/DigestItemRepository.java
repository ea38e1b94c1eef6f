package app.avenant.mail.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface DigestItemRepository extends JpaRepository<DigestItem, DigestItem.Key> {

    /** Who has items waiting for a summary, a page at a time. */
    @Query("select distinct i.key.userId from DigestItem i where i.messageId is null order by i.key.userId")
    List<UUID> waitingUsers(Pageable page);

    @Query("select i from DigestItem i where i.key.userId = :userId and i.messageId is null")
    List<DigestItem> waitingOf(UUID userId);

    List<DigestItem> findByMessageId(UUID messageId);

    @Modifying
    @Query("delete from DigestItem i where i.messageId = :messageId")
    void deleteByMessage(UUID messageId);
}
