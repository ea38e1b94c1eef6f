package app.avenant.contract.ui;

import app.avenant.contract.ContractRole;
import app.avenant.contract.ContractStatus;
import app.avenant.contract.Side;
import app.avenant.contract.terms.BandMode;
import app.avenant.contract.terms.ChangeKind;
import app.avenant.contract.terms.MeasurementWindow;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.terms.Renewal;
import app.avenant.contract.terms.TermsSection;
import com.vaadin.flow.component.Component;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import org.springframework.modulith.NamedInterface;

/**
 * Translations of the contract module's enums and words (sides, versions, objectives...), through the
 * component's I18N provider; the change screens use them too (named interface {@code contract :: labels}), so
 * both modules say the same thing.
 */
@NamedInterface("labels")
public final class Labels {

    private Labels() {}

    public static String status(Component c, ContractStatus status) {
        return c.getTranslation("contract.status." + status.name());
    }

    public static String role(Component c, ContractRole role) {
        return c.getTranslation("contract.role." + role.name());
    }

    public static String side(Component c, Side side) {
        return c.getTranslation("contract.side." + side.name());
    }

    /** "v3"; a contract still being drafted has no version yet. */
    public static String version(Component c, int number) {
        if (number == 0) {
            return c.getTranslation("contract.version.none");
        }
        return c.getTranslation("contract.version", String.valueOf(number));
    }

    public static String section(Component c, TermsSection section) {
        return c.getTranslation("terms.section." + section.name());
    }

    public static String objective(Component c, ObjectiveKind kind) {
        return c.getTranslation("terms.objectiveKind." + kind.name());
    }

    public static String change(Component c, ChangeKind kind) {
        return c.getTranslation("contract.compare.change." + kind.name());
    }

    /** The known enums of the terms; any other enum shows its name. */
    public static String anyEnum(Component c, Object value) {
        return switch (value) {
            case Renewal r -> c.getTranslation("terms.renewal." + r.name());
            case BandMode m -> c.getTranslation("terms.bandMode." + m.name());
            case MeasurementWindow w -> c.getTranslation("terms.window." + w.name());
            case ObjectiveKind k -> c.getTranslation("terms.objectiveKind." + k.name());
            case ContractStatus s -> status(c, s);
            case ContractRole r -> role(c, r);
            case Side s -> side(c, s);
            case Enum<?> e ->
                translatedOr(c, "terms.enum." + e.getDeclaringClass().getSimpleName() + "." + e.name(), e.name());
            default -> String.valueOf(value);
        };
    }

    /** Month name in the UI's language, capitalised: "Janvier". */
    public static String month(Month month, Locale locale) {
        String name = month.getDisplayName(TextStyle.FULL_STANDALONE, locale);
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** Month name inside a sentence: "janvier" in French, "January" in English. */
    public static String monthInSentence(Month month, Locale locale) {
        return month.getDisplayName(TextStyle.FULL, locale);
    }

    /**
     * The translation of {@code key}, or {@code fallback} when the bundles lack it (providers answer a
     * missing key with the key itself, decorated or not).
     */
    public static String translatedOr(Component c, String key, String fallback, Object... args) {
        String text = c.getTranslation(key, args);
        return text == null || text.isBlank() || text.contains(key) ? fallback : text;
    }
}
