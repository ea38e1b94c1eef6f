package app.avenant.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where a sign-in goes when the password could not be checked because the database cannot be reached: saying
 * "wrong password" would send the user looking for a mistake they did not make. Needs no database itself;
 * "Réessayer" goes back to the sign-in form.
 */
@Route(value = LoginUnavailableView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class LoginUnavailableView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "login/unavailable";

    LoginUnavailableView() {
        Button retry = new Button(
                getTranslation("identity.login.unavailable.retry"),
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(LoginView.class)));
        retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div card = new Div(
                new H1(getTranslation("identity.login.unavailable.title")),
                new Paragraph(getTranslation("identity.login.unavailable.message")),
                retry);
        card.addClassName("service-unavailable");
        card.getElement().setAttribute("role", "alert");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.login.unavailable.title") + " – Avenant";
    }
}
