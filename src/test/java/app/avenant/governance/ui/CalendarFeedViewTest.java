package app.avenant.governance.ui;

import static app.avenant.testing.TestAccounts.as;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.governance.Reviews;
import app.avenant.identity.OrganisationKind;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CalendarFeedViewTest extends UiTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Reviews reviews;

    @Test
    void a_user_creates_the_feed_sees_its_url_once_and_revokes_it_after_confirmation() {
        String user = accounts.newOrganisation(OrganisationKind.CLIENT).admin().username();
        login(user, "me/calendar");
        CalendarFeedView view = _get(CalendarFeedView.class);
        assertThat(view.state.getText()).isEqualTo("Vous n'avez pas d'adresse d'abonnement.");
        assertThat(view.revoke.isVisible()).isFalse();

        _click(view.create);
        assertThat(view.url.isVisible()).isTrue();
        assertThat(view.url.getValue()).matches(".*/api/calendar/[A-Za-z0-9_-]{43}\\.ics");
        String token = view.url.getValue().replaceAll(".*/api/calendar/(.*)\\.ics", "$1");
        assertThat(reviews.calendarFeedOwner(token)).contains(user);
        assertThat(view.revoke.isVisible()).isTrue();

        _click(view.revoke);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(reviews.calendarFeedOwner(token)).isEmpty();
        assertThat(view.url.isVisible()).isFalse();
        assertThat(as(user, () -> reviews.myCalendarFeed())).isEmpty();
    }

    @Test
    void regenerating_after_confirmation_replaces_the_url() {
        String user =
                accounts.newOrganisation(OrganisationKind.PROVIDER).admin().username();
        login(user, "me/calendar");
        CalendarFeedView view = _get(CalendarFeedView.class);
        _click(view.create);
        String first = view.url.getValue();

        _click(view.regenerate);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(view.url.getValue()).isNotEqualTo(first);
        assertThat(reviews.calendarFeedOwner(first.replaceAll(".*/api/calendar/(.*)\\.ics", "$1")))
                .isEmpty();
    }
}
