package app.avenant.mail.domain;

import app.avenant.mail.Delivery;
import app.avenant.mail.MailTopic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A person's choice for one topic; without a row the topic's default holds. */
@Entity
@Table(name = "mail_preference")
public class MailPreference {

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    private Delivery delivery;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected MailPreference() {
        // for JPA
    }

    public MailPreference(UUID userId, MailTopic topic, Delivery delivery, Instant now) {
        this.key = new Key(userId, topic);
        this.delivery = delivery;
        this.changedAt = now;
    }

    public void change(Delivery newDelivery, Instant now) {
        if (newDelivery != delivery) {
            delivery = newDelivery;
            changedAt = now;
        }
    }

    public UUID userId() {
        return key.userId();
    }

    public MailTopic topic() {
        return key.topic;
    }

    public Delivery delivery() {
        return delivery;
    }

    @Embeddable
    public record Key(
            @Column(name = "user_id") UUID userId,

            @Enumerated(EnumType.STRING) @Column(name = "topic")
            MailTopic topic) implements Serializable {}
}
