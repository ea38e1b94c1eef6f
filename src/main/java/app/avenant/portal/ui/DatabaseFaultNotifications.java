package app.avenant.portal.ui;

import app.avenant.shared.fault.DatabaseFault;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An action (a click, a save) that fails because the database cannot be reached or is busy tells the user
 * so in a notification, in their language, and the screen stays as it was: unavailable stays until closed
 * and offers to reload the page; busy says "try again" and goes away by itself. Every other failure goes to
 * Vaadin's default handler, as before. (Opening a page is the {@link ServiceUnavailableView}'s.)
 */
@Component
class DatabaseFaultNotifications implements VaadinServiceInitListener, ErrorHandler {

    static final int BUSY_DURATION_MILLIS = 6_000;

    private static final Logger log = LoggerFactory.getLogger(DatabaseFaultNotifications.class);
    private static final ErrorHandler DEFAULT = new DefaultErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Optional<DatabaseFault> fault = DatabaseFault.of(event.getThrowable());
        UI ui = UI.getCurrent();
        if (fault.isEmpty() || ui == null) {
            DEFAULT.error(event);
            return;
        }
        log.warn(
                "Action refused, database fault {}: {}",
                fault.get(),
                event.getThrowable().getMessage());
        notify(ui, fault.get());
    }

    static Notification notify(UI ui, DatabaseFault fault) {
        Notification notification = new Notification();
        notification.setPosition(Notification.Position.MIDDLE);
        notification.getElement().setAttribute("role", "alert");
        if (fault == DatabaseFault.BUSY) {
            notification.add(new Span(ui.getTranslation("portal.fault.busy.message")));
            notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
            notification.setDuration(BUSY_DURATION_MILLIS);
        } else {
            Button reload = new Button(
                    ui.getTranslation("portal.fault.retry"),
                    click -> ui.getPage().reload());
            reload.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            HorizontalLayout content =
                    new HorizontalLayout(new Span(ui.getTranslation("portal.fault.unavailable.message")), reload);
            content.setAlignItems(HorizontalLayout.Alignment.CENTER);
            notification.add(content);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.setDuration(0); // until closed or the page is reloaded
        }
        notification.open();
        return notification;
    }
}
