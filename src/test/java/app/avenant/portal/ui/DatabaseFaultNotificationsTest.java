package app.avenant.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.identity.OrganisationKind;
import app.avenant.identity.Users;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.TestAccounts.TestOrganisation;
import app.avenant.testing.UiTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * An action whose service fails on the database: the session's error handler (installed for every session)
 * says so in a notification in the user's language, and the screen stays as it was.
 */
class DatabaseFaultNotificationsTest extends UiTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Users users;

    TestOrganisation provider;

    @BeforeEach
    void setUp() {
        provider = accounts.newOrganisation(OrganisationKind.PROVIDER);
    }

    @Test
    void an_action_that_waits_too_long_for_a_lock_is_told_busy_try_again_in_french() {
        login(provider.member().username());

        failAction(new CannotAcquireLockException("Lock wait timeout exceeded"));

        assertThat(text(_get(Notification.class)))
                .contains("en cours de modification")
                .contains("réessayez dans quelques instants");
        assertThat(_find(MainLayout.class)).as("the screen stays").hasSize(1);
    }

    @Test
    void an_action_while_the_database_is_unreachable_says_so_in_english_for_an_english_user() {
        TestAccounts.as(provider.member().username(), () -> {
            users.changeMyLocale(Locale.ENGLISH);
            return null;
        });
        login(provider.member().username());

        failAction(new RuntimeException(
                "listener",
                new CannotCreateTransactionException(
                        "Could not open JPA EntityManager for transaction",
                        new SQLTransientConnectionException("Connection is not available, request timed out"))));

        assertThat(text(_get(Notification.class)))
                .contains("The service is temporarily unavailable. Your saved data is safe")
                .contains("Try again");
    }

    @Test
    void any_other_failure_is_left_to_vaadins_default_handler() {
        login(provider.member().username());

        failAction(new IllegalStateException("a bug"));

        assertThat(_find(Notification.class)).isEmpty();
    }

    /** What Vaadin does with an exception thrown by a click listener. */
    private static void failAction(Throwable failure) {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));
    }

    private static String text(Notification notification) {
        return notification
                .getChildren()
                .map(DatabaseFaultNotificationsTest::textOf)
                .collect(Collectors.joining(" "));
    }

    private static String textOf(Component component) {
        return component.getElement().getTextRecursively() + " "
                + component
                        .getChildren()
                        .map(DatabaseFaultNotificationsTest::textOf)
                        .collect(Collectors.joining(" "));
    }
}
