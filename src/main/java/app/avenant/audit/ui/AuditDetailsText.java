package app.avenant.audit.ui;

import app.avenant.shared.format.Formats;
import app.avenant.shared.i18n.Translations;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The details of an audit entry as a gérante reads them: {@code changeRequest=7 revision=3} reads « demande n° 7,
 * révision 3 », {@code side=PROVIDER kept=2 revoked=0} « côté Prestataire, 2 accès maintenus, 0 retiré ». The stored
 * text is unchanged (it is hashed into the chain and exported as it is); identifiers, which say nothing to a person,
 * are left out of the readable text and stay in its tooltip and the CSV export, except the person an entry is
 * about ({@code user=}), told by name: « Paul Durand, rôle Éditeur PME ». Dates read as the reader's language
 * writes them (« 05/11/2026 », with the time when there is one, Paris time), « none » as what it means (« sans date
 * de fin »). A key this class does not know is shown as written.
 */
final class AuditDetailsText {

    private static final Pattern KEY = Pattern.compile("(?:^|(?<=\\s))([a-zA-Z]+)=");
    /** Identifiers and chain fields: nothing a person reads. */
    private static final Set<String> HIDDEN =
            Set.of("user", "invitation", "token", "review", "entry", "seq", "hash", "sha256");
    /**
     * Keys whose value is an enum constant with a label of its own, where to find it (the first bundle that has the
     * constant, as written or in lower case): a status is a contract's or an RGPD checklist item's, "from" and "to"
     * a contract's status or a member's role.
     */
    private static final Map<String, List<String>> VALUE_LABELS = Map.of(
            "side", List.of("contract.side."),
            "role", List.of("contract.role."),
            "status", List.of("contract.status.", "governance.register.status."),
            "from", List.of("contract.status.", "contract.role."),
            "to", List.of("contract.status.", "contract.role."),
            "item", List.of("governance.register.art28."));

    private AuditDetailsText() {}

    static String of(String details, Component c) {
        return of(details, null, c);
    }

    /** @param subjectName the name of the person {@code user=} designates, or null to leave them out */
    static String of(String details, @Nullable String subjectName, Component c) {
        List<String> parts = new ArrayList<>();
        Matcher m = KEY.matcher(details);
        List<int[]> keys = new ArrayList<>();
        while (m.find()) {
            keys.add(new int[] {m.start(1), m.end(1), m.end()});
        }
        if (keys.isEmpty()) {
            return details;
        }
        String before = details.substring(0, keys.getFirst()[0]).strip();
        if (!before.isEmpty()) {
            parts.add(before);
        }
        for (int i = 0; i < keys.size(); i++) {
            int[] k = keys.get(i);
            String key = details.substring(k[0], k[1]);
            int end = i + 1 < keys.size() ? keys.get(i + 1)[0] : details.length();
            String value = details.substring(k[2], end).strip();
            if (key.equals("user") && subjectName != null) {
                parts.add(subjectName);
                continue;
            }
            if (HIDDEN.contains(key) || value.isEmpty() || value.equals("null")) {
                continue;
            }
            String labelKey = "audit.detail." + key;
            if (value.equals("none") && known(labelKey + ".none")) {
                parts.add(c.getTranslation(labelKey + ".none"));
                continue;
            }
            if (!known(labelKey)) {
                parts.add(key + "=" + value);
                continue;
            }
            parts.add(c.getTranslation(labelKey, readable(key, value, c)));
        }
        return parts.isEmpty() ? "" : String.join(", ", parts);
    }

    private static String readable(String key, String value, Component c) {
        for (String prefix : VALUE_LABELS.getOrDefault(key, List.of())) {
            for (String constant : List.of(value, value.toLowerCase(Locale.ROOT))) {
                if (known(prefix + constant)) {
                    return c.getTranslation(prefix + constant);
                }
            }
        }
        if (value.equals("true") || value.equals("false")) {
            return c.getTranslation("audit.detail.boolean." + value);
        }
        return date(value, c.getUI().map(UI::getLocale).orElse(Locale.FRANCE));
    }

    /** An ISO day or instant as the reader writes it; anything else as it is. */
    private static String date(String value, Locale locale) {
        try {
            return Formats.date(LocalDate.parse(value), locale);
        } catch (DateTimeParseException notADay) {
            try {
                return Formats.dateTime(Instant.parse(value), locale);
            } catch (DateTimeParseException notAnInstant) {
                return value;
            }
        }
    }

    private static boolean known(String key) {
        return Keys.FRENCH.contains(key);
    }

    /** Loaded once: the bundles only change with a new build. */
    private static final class Keys {
        static final Set<String> FRENCH = Translations.keysByLanguage().get("fr");
    }
}
