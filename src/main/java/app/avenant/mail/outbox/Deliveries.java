package app.avenant.mail.outbox;

import app.avenant.mail.Delivery;
import app.avenant.mail.MailTopic;
import app.avenant.mail.domain.MailPreference;
import app.avenant.mail.domain.MailPreferenceRepository;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** A person's deliveries: their choice per topic, the topic's default where they made none. */
@Component
public class Deliveries {

    private final MailPreferenceRepository preferences;

    Deliveries(MailPreferenceRepository preferences) {
        this.preferences = preferences;
    }

    public Map<MailTopic, Delivery> of(UUID userId) {
        return deliveries(preferences.ofUser(userId));
    }

    /** Several people's, in one query. */
    public Map<UUID, Map<MailTopic, Delivery>> of(Collection<UUID> userIds) {
        Map<UUID, List<MailPreference>> chosen =
                preferences.ofUsers(userIds).stream().collect(Collectors.groupingBy(MailPreference::userId));
        Map<UUID, Map<MailTopic, Delivery>> all = new HashMap<>();
        for (UUID userId : userIds) {
            all.put(userId, deliveries(chosen.getOrDefault(userId, List.of())));
        }
        return all;
    }

    private static Map<MailTopic, Delivery> deliveries(List<MailPreference> chosen) {
        Map<MailTopic, Delivery> deliveries = new EnumMap<>(MailTopic.class);
        for (MailTopic topic : MailTopic.values()) {
            deliveries.put(topic, topic.byDefault());
        }
        for (MailPreference preference : chosen) {
            deliveries.put(preference.topic(), preference.delivery());
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
