package app.avenant.mail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/** A notification waiting for its recipient's daily summary. */
@Entity
@Table(name = "mail_digest_item")
public class DigestItem implements Persistable<DigestItem.Key> {

    @EmbeddedId
    private Key key;

    @Column(name = "added_at")
    private Instant addedAt;

    // the morning's message it was gathered into; null while it waits
    @Column(name = "message_id")
    private @Nullable UUID messageId;

    // its key is assigned, not generated: without this, saving a new item would read it first to merge it
    @Transient
    private boolean fresh = true;

    protected DigestItem() {
        // for JPA
    }

    public DigestItem(UUID userId, UUID notificationId, Instant now) {
        this.key = new Key(userId, notificationId);
        this.addedAt = now;
    }

    public void gatheredInto(UUID message) {
        this.messageId = message;
    }

    public Key key() {
        return key;
    }

    @Override
    public Key getId() {
        return key;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }

    public UUID notificationId() {
        return key.notificationId;
    }

    @Embeddable
    public record Key(
            @Column(name = "user_id") UUID userId,
            @Column(name = "notification_id") UUID notificationId) implements Serializable {}
}
