package app.avenant.portal.ui;

import app.avenant.identity.CurrentUser;
import app.avenant.identity.Users;
import app.avenant.notification.NotificationBell;
import app.avenant.notification.NotificationFeed;
import app.avenant.notification.Notifications;
import app.avenant.shared.i18n.LanguageSwitch;
import app.avenant.shared.ui.Clicks;
import app.avenant.shared.ui.DocumentLinks;
import app.avenant.shared.ui.StaticHtml;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.AppLayout.AppLayoutI18n;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The frame around every signed-in view: navigation, who is signed in and for which organisation, the
 * language, and sign-out. Links name routes as strings so the portal depends on no feature module.
 * A language change is saved on the user, then the page reloads so every text is built again in it.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    static final String CONTRACTS_ROUTE = "";
    static final String USERS_ROUTE = "admin/users";
    static final String LEGAL_IDENTITY_ROUTE = "admin/organisation";
    static final String CONSULTATIONS_ROUTE = "consultations";
    static final String API_TOKENS_ROUTE = "admin/api-tokens";
    static final String MAIL_SETTINGS_ROUTE = "me/mail";
    static final String SENT_MAILS_ROUTE = "admin/mail";

    /** AppLayout scrolls its content part, not the window (so {@code window.scrollTo} does nothing here). */
    private static final String CONTENT_TO_TOP =
            "if (!window.location.hash) { const c = this.shadowRoot && this.shadowRoot.querySelector('[part~=\"content\"]');"
                    + " if (c) { c.scrollTop = 0; } }";

    private final Users users;
    private final AuthenticationContext authentication;
    private @Nullable String shownPath;

    MainLayout(Users users, AuthenticationContext authentication, Notifications notifications, NotificationFeed feed) {
        this.users = users;
        this.authentication = authentication;
        CurrentUser me = users.currentUser();
        setPrimarySection(Section.NAVBAR);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("portal.nav.toggle"));
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("portal.nav.drawer")));
        addToNavbar(toggle, title(), userBlock(me, new NotificationBell(notifications, feed, users)));
        // links only, which the browser's side navigation follows and marks itself: one element of HTML rather than
        // a node per item and per label kept for every open tab (decision 0055)
        addToDrawer(StaticHtml.of(navigation(me)));
    }

    /**
     * A new screen opens at its top (where its title, whose-turn sentence and actions are), not at the depth the
     * previous one was read to: the layout's content part keeps its scroll across navigations otherwise. A link to
     * a section (#…) keeps its jump; a screen's own later scroll (the editor opening on a band) comes after this.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String path = event.getLocation().getPath();
        if (shownPath != null && !path.equals(shownPath)) {
            getElement().executeJs(CONTENT_TO_TOP);
        }
        shownPath = path;
    }

    private Component title() {
        Span title = new Span(getTranslation("portal.appName"));
        title.addClassName("app-title");
        return StaticHtml.of(title);
    }

    private SideNav navigation(CurrentUser me) {
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("portal.nav.contracts"), CONTRACTS_ROUTE));
        nav.addItem(new SideNavItem(getTranslation("document.verify.nav"), DocumentLinks.VERIFY_ROUTE));
        nav.addItem(new SideNavItem(getTranslation("mail.settings.nav"), MAIL_SETTINGS_ROUTE));
        if (me.organisationAdmin()) {
            // consulting providers before a contract exists: run by the PME's admins, answered by the providers'
            nav.addItem(new SideNavItem(getTranslation("portal.nav.consultations"), CONSULTATIONS_ROUTE));
            nav.addItem(new SideNavItem(getTranslation("portal.nav.users"), USERS_ROUTE));
            nav.addItem(new SideNavItem(getTranslation("identity.legal.nav"), LEGAL_IDENTITY_ROUTE));
            nav.addItem(new SideNavItem(getTranslation("identity.apiToken.nav"), API_TOKENS_ROUTE));
            nav.addItem(new SideNavItem(getTranslation("mail.sent.nav"), SENT_MAILS_ROUTE));
        }
        return nav;
    }

    private HorizontalLayout userBlock(CurrentUser me, NotificationBell bell) {
        Span name = new Span(me.displayName());
        name.addClassName("user-name");
        Span organisation = new Span(me.organisation().name());
        organisation.addClassName("user-organisation");
        Div who = new Div(name, organisation);
        who.addClassName("user-block");

        Button logout = new Button(getTranslation("portal.logout"));
        Clicks.on(logout, authentication::logout);
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        // on a phone only the icon shows (styles/avenant.css): the words would push the button off screen
        logout.setIcon(VaadinIcon.SIGN_OUT.create());
        logout.setAriaLabel(getTranslation("portal.logout"));
        logout.setTooltipText(getTranslation("portal.logout"));
        logout.addClassName("av-logout");

        // the name and organisation are words only: one element of HTML for every open tab (decision 0055)
        HorizontalLayout block =
                new HorizontalLayout(bell, StaticHtml.of(who), new LanguageSwitch(getLocale(), this::switchTo), logout);
        block.setAlignItems(FlexComponent.Alignment.CENTER);
        block.addClassName("navbar-end");
        return block;
    }

    private void switchTo(Locale locale) {
        users.changeMyLocale(locale);
        UI.getCurrent().getPage().reload();
    }
}
