package app.avenant.mail.outbox;

import app.avenant.mail.Delivery;
import app.avenant.mail.MailTopic;
import app.avenant.mail.domain.MailPreference;
import app.avenant.mail.domain.MailPreferenceRepository;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A person's deliveries: their choice per topic, the topic's default where they made none. */
@Component
public class Deliveries {

    private final MailPreferenceRepository preferences;

    Deliveries(MailPreferenceRepository preferences) {
        this.preferences = preferences;
    }

    public Map<MailTopic, Delivery> of(UUID userId) {
        Map<MailTopic, Delivery> deliveries = new EnumMap<>(MailTopic.class);
        for (MailTopic topic : MailTopic.values()) {
            deliveries.put(topic, topic.byDefault());
        }
        for (MailPreference chosen : preferences.ofUser(userId)) {
            deliveries.put(chosen.topic(), chosen.delivery());
        }
        return deliveries;
    }

    public Delivery of(UUID userId, MailTopic topic) {
        return preferences
                .findById(new MailPreference.Key(userId, topic))
                .map(MailPreference::delivery)
                .orElse(topic.byDefault());
    }
}
