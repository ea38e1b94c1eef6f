package app.avenant.governance.ui;

import app.avenant.performance.SlaStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Words and badges of the meeting pack: a status always says itself in words, the colour only helps. */
final class PackTexts {

    private PackTexts() {}

    /** "mars 2026" / "March 2026". */
    static String month(YearMonth month, Locale locale) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(month);
    }

    static Span slaStatus(Component owner, @Nullable SlaStatus status) {
        if (status == null) {
            return new Span(owner.getTranslation("governance.pack.sla.status.none"));
        }
        Span badge = new Span(owner.getTranslation("governance.pack.sla.status." + status.name()));
        badge.addClassNames(
                "av-gov-badge",
                "av-pack-sla-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return badge;
    }
}
