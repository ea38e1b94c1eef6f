package app.avenant.governance.ui;

import app.avenant.shared.ui.ContractPageFrame;
import app.avenant.shared.ui.Routes;
import app.avenant.shared.ui.ScreenLink;
import app.avenant.shared.ui.ScreenLink.Target;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.NamedInterface;

/**
 * The way to the steering screens: URLs come from the views' routes, never from strings
 * (docs/decisions/0021). The contract workspace links to the comités through a {@link ScreenLink}; the bell
 * leads to a review through {@link #review} (named interface {@code governance :: navigation}).
 */
@NamedInterface("navigation")
public final class GovernanceNavigation {

    private GovernanceNavigation() {}

    /** A contract's comités de pilotage. */
    static String reviews(UUID contractId) {
        return Routes.url(ReviewsView.class, ContractPageFrame.CONTRACT_ID, contractId);
    }

    /** A contract's access register and RGPD checklist. */
    static String register(UUID contractId) {
        return Routes.url(AccessRegisterView.class, ContractPageFrame.CONTRACT_ID, contractId);
    }

    /** One comité: its record, decisions and action items. */
    public static String review(UUID reviewId) {
        return Routes.url(ReviewView.class, ReviewView.REVIEW_ID, reviewId);
    }

    /** A comité's dossier de séance. */
    static String pack(UUID reviewId) {
        return Routes.url(MeetingPackView.class, ReviewView.REVIEW_ID, reviewId);
    }

    static Anchor link(String url, String text) {
        return Routes.link(url, text);
    }

    static void toReview(UUID reviewId) {
        UI.getCurrent().navigate(review(reviewId));
    }

    @Configuration(proxyBeanMethods = false)
    static class Screens {

        @Bean
        ScreenLink reviewsScreen() {
            return ScreenLink.of(Target.REVIEWS, id -> reviews(Objects.requireNonNull(id)));
        }
    }
}
