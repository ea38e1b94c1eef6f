package app.avenant.change.ui;

import app.avenant.change.ChangeFixtures;
import app.avenant.change.ChangeFixtures.TestContract;
import app.avenant.change.ChangeRequests;
import app.avenant.change.NewChangeRequest;
import app.avenant.contract.Approval;
import app.avenant.contract.ContractLifecycle;
import app.avenant.contract.Contracts;
import app.avenant.contract.internal.ContractsForModules;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.terms.Terms;
import app.avenant.identity.UserRef;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.springframework.beans.factory.annotation.Autowired;

/** What the change screens' tests share: isolated contracts, service calls as a user, reading the screen. */
abstract class ChangeUiTest extends UiTest {

    @Autowired
    ChangeFixtures fixtures;

    @Autowired
    ChangeRequests changeRequests;

    @Autowired
    Contracts contracts;

    @Autowired
    ContractLifecycle lifecycle;

    @Autowired
    ContractsForModules contractInternals;

    /** A fresh contract (version 1: "item-0" with a baseline of 1 000 at 2,00 €). */
    TestContract contract() {
        return fixtures.contract(1);
    }

    /** Adds a version whose only change is item-0's baseline. */
    void adoptBaseline(TestContract contract, long baseline) {
        Terms current = contractInternals.currentTermsForUpdate(contract.id()).terms();
        contractInternals.adoptVersion(
                contract.id(),
                ChangeFixtures.withBaseline(current, "item-0", baseline),
                "Volume " + baseline,
                new Approval(contract.clientOwner().id(), Instant.now()),
                new Approval(contract.providerManager().id(), Instant.now()));
    }

    /** A draft by {@code author}, revised to give item-0 the given baseline. */
    UUID proposeBaseline(TestContract contract, UserRef author, long baseline) {
        return TestAccounts.as(author.username(), () -> {
            UUID id = changeRequests.propose(
                    contract.id(),
                    new NewChangeRequest("Volume de " + baseline, "Hausse saisonnière", ObjectiveKind.CONTINUITY));
            var detail = changeRequests.detail(id);
            changeRequests.revise(
                    id,
                    detail.version(),
                    ChangeFixtures.withBaseline(detail.proposed(), "item-0", baseline),
                    "Volume " + baseline);
            return id;
        });
    }

    void submitAs(UserRef user, UUID id) {
        TestAccounts.as(
                user.username(),
                () -> changeRequests.submit(id, changeRequests.detail(id).version()));
    }

    void approveAs(UserRef user, UUID id) {
        TestAccounts.as(
                user.username(),
                () -> changeRequests.approve(
                        id, changeRequests.detail(id).latest().number()));
    }

    static void navigate(String location) {
        UI.getCurrent().navigate(location);
        MockVaadin.runUIQueue();
    }

    static String text(Component component) {
        return app.avenant.testing.ShownText.of(component);
    }

    /** Every text of the shown view (grids' cells and empty-state texts excepted). */
    static String page() {
        return text(UI.getCurrent().getCurrentView());
    }

    static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", ""))
                .toList();
    }

    /** ChangeFeed delivers on its own thread: runs the UI's queue until the screen shows what is expected. */
    static void awaitUi(BooleanSupplier condition) {
        awaitUi("the screen to be updated", condition);
    }
}
