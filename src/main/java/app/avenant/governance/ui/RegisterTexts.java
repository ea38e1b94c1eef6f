package app.avenant.governance.ui;

import app.avenant.governance.Art28Status;
import app.avenant.governance.RegisterSummary;
import app.avenant.shared.format.Formats;
import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** The register's summary in words, the same on its own screen and in the meeting pack. */
final class RegisterTexts {

    private RegisterTexts() {}

    /** "2 accès ouverts sur 3 systèmes déclarés". */
    static String entries(Component c, RegisterSummary s) {
        return c.getTranslation("governance.register.banner.entries", s.activeEntries(), s.entries());
    }

    static String personalData(Component c, RegisterSummary s) {
        return c.getTranslation(
                s.personalData()
                        ? "governance.register.banner.personal.yes"
                        : "governance.register.banner.personal.no");
    }

    /** "Article 28 : 4 conforme(s), 1 non conforme(s), 3 à vérifier". */
    static String checklist(Component c, RegisterSummary s) {
        return c.getTranslation(
                "governance.register.banner.checklist",
                s.checklistCount(Art28Status.CONFORME),
                s.checklistCount(Art28Status.NON_CONFORME),
                s.checklistCount(Art28Status.A_VERIFIER));
    }

    /** "Dernière revue en comité : 12/11/2026 par Claire Martin", or "Jamais revu en comité", then "à revoir". */
    static String reviewText(Component c, Locale locale, RegisterSummary s) {
        Instant at = s.lastReviewedAt();
        if (at == null) {
            return c.getTranslation("governance.register.review.never");
        }
        String text = c.getTranslation(
                "governance.register.review.last",
                Formats.date(LocalDate.ofInstant(at, Formats.PARIS), locale),
                s.lastReviewedBy());
        return s.reviewOutdated() ? text + " " + c.getTranslation("governance.register.review.outdated") : text;
    }
}
