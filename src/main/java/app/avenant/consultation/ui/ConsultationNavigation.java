package app.avenant.consultation.ui;

import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * The way to a consultation's screen for the modules that list consultations (the home's « Ce qui m'attend »):
 * URLs come from the view's route, never from strings (docs/decisions/0021).
 */
@NamedInterface("navigation")
public final class ConsultationNavigation {

    private ConsultationNavigation() {}

    public static String consultation(UUID consultationId) {
        return ConsultationView.url(consultationId);
    }
}
