package app.avenant.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.shared.i18n.Translations;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

class LoginUiTest extends UiTest {

    @Test
    void an_anonymous_visitor_opening_the_home_page_lands_on_the_login_view() {
        UI.getCurrent().navigate("");

        NavigatorKt.expectView(LoginView.class);
    }

    @Test
    void an_anonymous_visitor_opening_an_admin_page_lands_on_the_login_view() {
        UI.getCurrent().navigate("admin/users");

        NavigatorKt.expectView(LoginView.class);
    }

    @Test
    void the_login_view_speaks_french_by_default_and_offers_no_forgotten_password_link() {
        UI.getCurrent().navigate("login");

        assertThat(uiLocale()).isEqualTo(Translations.FRENCH);
        LoginI18n.Form form = loginView().i18n().getForm();
        assertThat(form.getUsername()).isEqualTo("Nom d'utilisateur");
        assertThat(form.getPassword()).isEqualTo("Mot de passe");
        assertThat(form.getSubmit()).isEqualTo("Se connecter");
        assertThat(loginView().i18n().getErrorMessage().getTitle()).isEqualTo("Identifiant ou mot de passe incorrect.");
        assertThat(_get(LoginForm.class).isForgotPasswordButtonVisible()).isFalse();
        assertThat(_get(LoginForm.class).getAction()).isEqualTo("login");
    }

    @Test
    void a_failed_sign_in_comes_back_with_the_one_error_message() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        assertThat(_get(LoginForm.class).isError()).isTrue();
    }

    @Test
    void a_fresh_login_page_shows_no_error() {
        UI.getCurrent().navigate("login");

        assertThat(_get(LoginForm.class).isError()).isFalse();
    }

    @Test
    void choosing_english_on_the_login_page_translates_it_and_is_remembered_for_the_session() {
        UI.getCurrent().navigate("login");

        _click(_get(Button.class, spec -> spec.withText("English")));

        assertThat(uiLocale()).isEqualTo(Translations.ENGLISH);
        assertThat(loginView().i18n().getForm().getUsername()).isEqualTo("Username");
        assertThat(loginView().i18n().getErrorMessage().getTitle()).isEqualTo("Incorrect username or password.");
        assertThat(_get(Button.class, spec -> spec.withText("English")).isEnabled())
                .isFalse();

        reloadPage();
        UI.getCurrent().navigate("login");
        assertThat(loginView().i18n().getForm().getSubmit()).isEqualTo("Sign in");

        _click(_get(Button.class, spec -> spec.withText("Français")));
        assertThat(loginView().i18n().getForm().getSubmit()).isEqualTo("Se connecter");
    }

    private static LoginView loginView() {
        return _get(LoginView.class);
    }
}
