package app.avenant.mail;

import app.avenant.identity.MailAddressee;
import app.avenant.identity.Users;
import app.avenant.identity.internal.UsersForModules;
import app.avenant.mail.domain.MailMessage;
import app.avenant.mail.domain.MailMessageRepository;
import app.avenant.mail.domain.MailPreference;
import app.avenant.mail.domain.MailPreferenceRepository;
import app.avenant.mail.outbox.Deliveries;
import app.avenant.mail.outbox.MailLinks;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's own e-mail choices (nobody reads or changes another's), and the one thing a message's unsubscribe
 * link may do without signing in: stop that message's topic for its recipient.
 */
@Service
@Transactional
public class MailPreferences {

    private final Users users;
    private final UsersForModules accounts;
    private final Deliveries deliveries;
    private final MailPreferenceRepository preferences;
    private final MailMessageRepository messages;
    private final Clock clock;

    MailPreferences(
            Users users,
            UsersForModules accounts,
            Deliveries deliveries,
            MailPreferenceRepository preferences,
            MailMessageRepository messages,
            Clock clock) {
        this.users = users;
        this.accounts = accounts;
        this.deliveries = deliveries;
        this.preferences = preferences;
        this.messages = messages;
        this.clock = clock;
    }

    /** Every topic with the caller's delivery (the default where they chose none). */
    @Transactional(readOnly = true)
    public Map<MailTopic, Delivery> mine() {
        return deliveries.of(users.currentUser().id());
    }

    /** Saves the caller's choices; topics left out keep theirs. */
    public void saveMine(Map<MailTopic, Delivery> chosen) {
        UUID me = users.currentUser().id();
        chosen.forEach((topic, delivery) -> choose(me, topic, delivery, clock.instant()));
    }

    /**
     * Saves the caller's address and choices together: a refused address changes nothing.
     *
     * @throws app.avenant.identity.UserValidationException naming {@link Users#EMAIL}
     */
    public void saveAddressAndChoices(String email, Map<MailTopic, Delivery> chosen) {
        users.changeMyEmail(email);
        saveMine(chosen);
    }

    private void choose(UUID userId, MailTopic topic, Delivery delivery, Instant now) {
        preferences
                .findById(new MailPreference.Key(userId, topic))
                .ifPresentOrElse(
                        found -> found.change(delivery, now),
                        () -> preferences.save(new MailPreference(userId, topic, delivery, now)));
    }

    /**
     * What an unsubscribe link would stop, for the page that asks to confirm; empty for an unknown link (the same
     * for every unknown one, so nothing is learnt by trying).
     */
    @Transactional(readOnly = true)
    public Optional<Unsubscribe> unsubscribeOffer(String token) {
        return messageOf(token).map(message -> {
            UUID recipient = Objects.requireNonNull(message.recipientId());
            Locale locale = accounts.addressees(List.of(recipient)).values().stream()
                    .findFirst()
                    .map(MailAddressee::locale)
                    .orElse(Locale.FRANCE);
            List<MailTopic> topics = topicsStoppedBy(message, recipient);
            Map<MailTopic, Delivery> now = deliveries.of(recipient);
            boolean already = message.topic() != null && now.get(message.topic()) == Delivery.NEVER;
            return new Unsubscribe(topics, Objects.requireNonNullElse(message.toAddress(), ""), already, locale);
        });
    }

    /**
     * Stops what the link's message was about: its topic, or for a daily summary every topic then delivered daily.
     *
     * @return false for an unknown link (nothing changed)
     */
    public boolean unsubscribe(String token) {
        Optional<MailMessage> message = messageOf(token);
        message.ifPresent(found -> {
            UUID recipient = Objects.requireNonNull(found.recipientId());
            Instant now = clock.instant();
            topicsStoppedBy(found, recipient).forEach(topic -> choose(recipient, topic, Delivery.NEVER, now));
        });
        return message.isPresent();
    }

    private Optional<MailMessage> messageOf(String token) {
        if (token.length() < 40 || token.length() > 64) {
            return Optional.empty(); // not shaped like one of ours: no query
        }
        return messages.findByUnsubscribeHash(MailLinks.hash(token)).filter(m -> m.recipientId() != null);
    }

    private List<MailTopic> topicsStoppedBy(MailMessage message, UUID recipient) {
        if (message.topic() != null) {
            return List.of(message.topic());
        }
        return deliveries.of(recipient).entrySet().stream()
                .filter(entry -> entry.getValue() == Delivery.DAILY)
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * What a link stops, for which address, whether it is stopped already, and the language to say it in.
     *
     * @param topics for a daily summary, the topics delivered daily now (none once stopped)
     */
    public record Unsubscribe(List<MailTopic> topics, String address, boolean alreadyStopped, Locale locale) {

        public boolean nothingLeftToStop() {
            return alreadyStopped || topics.isEmpty();
        }
    }
}
