package app.avenant.identity.ui;

import app.avenant.shared.i18n.LanguageSwitch;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;

/**
 * The sign-in page. Spring Security processes the form (POST /login) and comes back with
 * {@code ?error} on any failure, so an unknown username and a wrong password read the same.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final AuthenticationContext authentication;
    private final H1 title = new H1("Avenant");
    private final Paragraph tagline = new Paragraph();
    private final LoginForm form = new LoginForm();
    private LanguageSwitch languageSwitch;
    private LoginI18n i18n = LoginI18n.createDefault();

    LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        languageSwitch = languageSwitch(getLocale());
        add(title, tagline, form, languageSwitch);
        translate(getLocale());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        translate(event.getLocale());
        LanguageSwitch updated = languageSwitch(event.getLocale());
        replace(languageSwitch, updated);
        languageSwitch = updated;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.login.pageTitle");
    }

    /** What the form shows, for tests: LoginForm keeps its texts on the client side only. */
    LoginI18n i18n() {
        return i18n;
    }

    private void translate(Locale locale) {
        tagline.setText(getTranslation(locale, "identity.login.tagline"));
        LoginI18n texts = LoginI18n.createDefault();
        LoginI18n.Form formTexts = texts.getForm();
        formTexts.setTitle(getTranslation(locale, "identity.login.formTitle"));
        formTexts.setUsername(getTranslation(locale, "identity.login.username"));
        formTexts.setPassword(getTranslation(locale, "identity.login.password"));
        formTexts.setSubmit(getTranslation(locale, "identity.login.submit"));
        formTexts.setForgotPassword("");
        LoginI18n.ErrorMessage error = texts.getErrorMessage();
        error.setTitle(getTranslation(locale, "identity.login.error.title"));
        error.setMessage(getTranslation(locale, "identity.login.error.message"));
        error.setUsername(getTranslation(locale, "identity.login.error.usernameRequired"));
        error.setPassword(getTranslation(locale, "identity.login.error.passwordRequired"));
        LoginI18n.Header header = new LoginI18n.Header();
        header.setTitle("Avenant");
        header.setDescription(getTranslation(locale, "identity.login.tagline"));
        texts.setHeader(header);
        texts.setAdditionalInformation(null);
        form.setI18n(texts);
        i18n = texts;
    }

    private static LanguageSwitch languageSwitch(Locale current) {
        return new LanguageSwitch(current, chosen -> UiLocales.choose(UI.getCurrent(), chosen));
    }
}
