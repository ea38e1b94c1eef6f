package app.avenant.testing;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.node.ObjectNode;

/**
 * Base class of browserless (Karibu-Testing) UI tests running against the real Spring context (cached
 * between test classes: never add {@code @DirtiesContext}).
 *
 * <p>Each test starts with a fresh anonymous Vaadin session. {@link #login(String)} signs a user in (no
 * password needed) the way a successful form login would, then opens the home page; navigate elsewhere
 * with {@code UI.getCurrent().navigate("...")} and find components with {@code LocatorJ._get/_find}:
 * <pre>{@code
 * class ContractListViewTest extends UiTest {
 *     @Autowired TestAccounts accounts;
 *
 *     @Test
 *     void a_member_sees_the_contracts_of_their_organisation() {
 *         var pme = accounts.newOrganisation(OrganisationKind.CLIENT); // or a demo user: "claire.martin"
 *         login(pme.admin().username());
 *         _get(Grid.class) ...
 *     }
 * }
 * }</pre>
 * Karibu finds views by scanning {@code app.avenant} for {@code @Route}: a view class must be public.
 *
 * <p>Karibu-Testing 2.7.0 runs no servlet filter, so Spring Security never fills the request's
 * principal: the fake request installed here reads it (and the roles) from {@link SecurityContextHolder},
 * which is what Vaadin's view access control asks.
 */
@SpringBootTest
public abstract class UiTest {

    /** Scanning the class path is slow: do it once per JVM. */
    private static @Nullable Routes routes;

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    @Autowired
    protected ApplicationContext applicationContext;

    @Autowired
    private UserDetailsService userDetailsService;

    @BeforeEach
    void setUpVaadin() {
        // Each Spring context makes its own Vaadin-aware strategy the JVM-wide one when it starts; a test class
        // with another context (a real port) may have started after ours: take ours back, or signing in and out
        // here would go to a strategy our views never read.
        SecurityContextHolder.setContextHolderStrategy(applicationContext.getBean(SecurityContextHolderStrategy.class));
        SecurityContextHolder.clearContext();
        MockVaadin.setMockRequestFactory(UiTest::securityAwareRequest);
        MockVaadin.setup(MockedUI::new, new MockSpringServlet(routes(), applicationContext, MockedUI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        // the request factory is global and survives tearDown(): restore Karibu's default
        MockVaadin.setMockRequestFactory(FakeRequest::new);
    }

    /**
     * Signs {@code username} in (as after a successful form login), reloads the page so the UI takes
     * the user's saved language, and opens the home page ("Mes contrats").
     */
    protected void login(String username) {
        login(username, "");
    }

    /** Same as {@link #login(String)}, then opens {@code route} (for example "admin/users"). */
    protected void login(String username, String route) {
        UserDetails user = userDetailsService.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        // Thread-local only, on purpose: Vaadin's context holder prefers a context stored in the HTTP
        // session over the thread's, which would make TestAccounts.as(...) ineffective inside UI tests.
        // Karibu runs everything on the test thread, so nothing is lost.
        SecurityContextHolder.setContext(context);
        reloadPage();
        UI.getCurrent().navigate(route);
        MockVaadin.runUIQueue();
    }

    /** Signs out without going through the UI, and reloads the page (back to the login view). */
    protected void logout() {
        SecurityContextHolder.clearContext();
        reloadPage();
    }

    /** A browser reload: a new UI, built again by the UI init listeners (locale, access control). */
    protected void reloadPage() {
        UI.getCurrent().getPage().reload();
        MockVaadin.runUIQueue();
    }

    /**
     * The browser window becomes {@code width} CSS pixels wide (390 for a phone held upright): the page's resize
     * event reaches the server, and screens opened afterwards read the same width from the client's details.
     */
    protected void windowWidth(int width) {
        UI ui = UI.getCurrent();
        String w = String.valueOf(width);
        ui.getInternals()
                .setExtendedClientDetails(new ExtendedClientDetails(
                        ui,
                        w,
                        "844",
                        w,
                        "844",
                        w,
                        "844",
                        "-60",
                        "-60",
                        "0",
                        "false",
                        "Europe/Paris",
                        String.valueOf(System.currentTimeMillis()),
                        "true",
                        "3",
                        "avenant",
                        "Linux",
                        "light",
                        ""));
        ObjectNode size = JacksonUtils.createObjectNode();
        size.put("event.w", width);
        size.put("event.h", 844);
        size.put("for", "trailing"); // the page listens to resizes after a pause (debounced)
        ElementUtilsKt._fireDomEvent(ui.getElement(), new DomEvent(ui.getElement(), "window-resize", size));
        MockVaadin.runUIQueue();
    }

    /** The keys of a grid's columns a person sees, in their order on screen. */
    protected static List<String> visibleColumns(Grid<?> grid) {
        return grid.getColumns().stream()
                .filter(Grid.Column::isVisible)
                .map(Grid.Column::getKey)
                .toList();
    }

    protected Locale uiLocale() {
        return UI.getCurrent().getLocale();
    }

    /**
     * Runs the UI's queue until {@code condition} holds (at most 20 s): work done on another thread (the change
     * feed, the bell, an import) comes back with {@code ui.access}, which a browser's push round trip would run.
     * Polled on this thread: karibu's mocked UI lives in the test thread's session.
     */
    protected static void awaitUi(String what, BooleanSupplier condition) {
        Awaitility.await(what)
                .atMost(Duration.ofSeconds(20))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    MockVaadin.runUIQueue();
                    return condition.getAsBoolean();
                });
    }

    private static synchronized Routes routes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("app.avenant");
        }
        return routes;
    }

    private static FakeRequest securityAwareRequest(com.github.mvysny.fakeservlet.FakeHttpSession session) {
        FakeRequest request = new FakeRequest(session) {
            @Override
            public @Nullable Principal getUserPrincipal() {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                return auth == null || TRUST.isAnonymous(auth) ? null : auth;
            }
        };
        request.setUserInRole((principal, role) -> principal instanceof Authentication auth
                && auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority())));
        return request;
    }
}
