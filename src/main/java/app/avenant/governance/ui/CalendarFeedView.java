package app.avenant.governance.ui;

import app.avenant.governance.Reviews;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.Clicks;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Optional;

/**
 * "Mon agenda": the caller's secret calendar feed (reviews of their contracts and their own open actions)
 * for a calendar app to subscribe to. The URL is shown once, right after it is created or regenerated: only
 * its SHA-256 is stored. Regenerating or revoking (both confirmed) stops the old URL at once.
 */
@Route("me/calendar")
@PermitAll
@StyleSheet(ReviewsView.STYLESHEET)
public class CalendarFeedView extends Composite<Div> implements HasDynamicTitle {

    static final String FEED_PATH = "api/calendar/";

    private final Reviews reviews;
    final Paragraph state = new Paragraph();
    final TextField url = new TextField();
    final Button create = new Button();
    final Button regenerate = new Button();
    final Button revoke = new Button();

    public CalendarFeedView(Reviews reviews) {
        this.reviews = reviews;
        getContent().addClassName("av-gov-calendar");

        url.setLabel(getTranslation("governance.feed.url"));
        url.setReadOnly(true);
        url.setWidthFull();
        url.setHelperText(getTranslation("governance.feed.url.hint"));
        url.setVisible(false);

        create.setText(getTranslation("governance.feed.create"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        Clicks.on(create, this::generate);
        regenerate.setText(getTranslation("governance.feed.regenerate"));
        Clicks.on(regenerate, () -> confirm("governance.feed.regenerate", this::generate, false));
        revoke.setText(getTranslation("governance.feed.revoke"));
        revoke.addThemeVariants(ButtonVariant.ERROR);
        Clicks.on(revoke, () -> confirm("governance.feed.revoke", this::revoke, true));

        getContent()
                .add(
                        new H2(getTranslation("governance.feed.title")),
                        new Paragraph(getTranslation("governance.feed.intro")),
                        state,
                        url,
                        new HorizontalLayout(create, regenerate, revoke));
        showState(reviews.myCalendarFeed());
    }

    private void showState(Optional<Instant> createdAt) {
        state.setText(createdAt
                .map(at -> getTranslation("governance.feed.active", Formats.dateTime(at, getLocale())))
                .orElse(getTranslation("governance.feed.none")));
        create.setVisible(createdAt.isEmpty());
        regenerate.setVisible(createdAt.isPresent());
        revoke.setVisible(createdAt.isPresent());
    }

    void generate() {
        String token = reviews.createMyCalendarFeed();
        url.setValue(baseUrl() + FEED_PATH + token + ".ics");
        url.setVisible(true);
        Notification.show(getTranslation("governance.feed.created")).addThemeVariants(NotificationVariant.SUCCESS);
        showState(reviews.myCalendarFeed());
    }

    void revoke() {
        reviews.revokeMyCalendarFeed();
        url.clear();
        url.setVisible(false);
        Notification.show(getTranslation("governance.feed.revoked")).addThemeVariants(NotificationVariant.SUCCESS);
        showState(Optional.empty());
    }

    private void confirm(String key, Runnable action, boolean destructive) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation(key + ".confirm.title"));
        dialog.setText(getTranslation(key + ".confirm.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("shared.cancel"));
        dialog.setConfirmText(getTranslation(key + ".confirm.ok"));
        if (destructive) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(e -> action.run());
        dialog.open();
    }

    /** "https://portail.example/" as the browser reached the portal: the feed is served by the same host. */
    static String baseUrl() {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest servletRequest) {
            HttpServletRequest request = servletRequest.getHttpServletRequest();
            boolean defaultPort = ("http".equals(request.getScheme()) && request.getServerPort() == 80)
                    || ("https".equals(request.getScheme()) && request.getServerPort() == 443);
            return request.getScheme() + "://" + request.getServerName()
                    + (defaultPort || request.getServerPort() <= 0 ? "" : ":" + request.getServerPort())
                    + request.getContextPath() + "/";
        }
        return "/";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("governance.feed.title");
    }
}
