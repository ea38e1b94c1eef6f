package app.avenant.portal.ui;

import app.avenant.shared.fault.DatabaseFault;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a page shows when opening it needs the database and the database cannot be reached (or is busy): a
 * short message in the user's language, a button to try again, and a reload by itself a few seconds later,
 * so the page comes back on its own once the database is back. Answered 503 on a first page load.
 *
 * <p>It takes the place of Vaadin's {@link InternalServerError} for every exception (a more specific error
 * view, such as "not found", still wins for its own exception) and hands any other failure to an
 * {@code InternalServerError} it shows inside itself, so that failure looks, logs and answers as before. A view
 * of its own, outside the main layout: the layout reads the signed-in user, so it would fail the same way.
 */
@AnonymousAllowed
public class ServiceUnavailableView extends Div implements HasErrorParameter<Exception> {

    /** A little longer than the connection timeout, so a reload does not pile onto the previous attempt. */
    static final int AUTOMATIC_RETRY_MILLIS = 8_000;

    private static final Logger log = LoggerFactory.getLogger(ServiceUnavailableView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Optional<DatabaseFault> fault = DatabaseFault.of(parameter.getCaughtException());
        if (fault.isEmpty()) {
            InternalServerError vaadins = new InternalServerError();
            add(vaadins);
            return vaadins.setErrorParameter(event, parameter);
        }
        log.warn(
                "Page {} not shown, database fault {}: {}",
                event.getLocation().getPath(),
                fault.get(),
                parameter.getCaughtException().getMessage());
        show(fault.get());
        // a reload navigates again to the same address: the page itself once the database answers
        event.getUI()
                .getPage()
                .executeJs("setTimeout(function () { window.location.reload(); }, $0)", AUTOMATIC_RETRY_MILLIS);
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    private void show(DatabaseFault fault) {
        String prefix = fault == DatabaseFault.BUSY ? "portal.fault.busy" : "portal.fault.unavailable";
        Button retry = new Button(
                getTranslation("portal.fault.retry"),
                click -> click.getSource().getUI().ifPresent(ui -> ui.getPage().reload()));
        retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div card = new Div(
                new H1(getTranslation(prefix + ".title")),
                new Paragraph(getTranslation(prefix + ".message")),
                retry,
                new Paragraph(getTranslation("portal.fault.autoRetry")));
        card.addClassName("service-unavailable");
        add(card);
        getElement().setAttribute("role", "alert");
    }
}
