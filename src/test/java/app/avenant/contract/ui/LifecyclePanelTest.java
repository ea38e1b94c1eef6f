package app.avenant.contract.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.ContractFixtures;
import app.avenant.contract.ContractLifecycle;
import app.avenant.contract.ContractStatus;
import app.avenant.contract.Contracts;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Contrat tab after "actif": the owner suspends, resumes and ends; both sides then tick the exit checklist. */
class LifecyclePanelTest extends UiTest {

    @Autowired
    Contracts contracts;

    @Autowired
    ContractLifecycle lifecycle;

    @Autowired
    TestAccounts accounts;

    private ContractFixtures.TestContract active() {
        var c = new ContractFixtures(accounts, contracts).contract(1, 1);
        accounts.contractInternals().setStatus(c.id(), ContractStatus.ACTIVE);
        return c;
    }

    private void open(ContractFixtures.TestContract c) {
        UI.getCurrent().navigate("contracts/" + c.id());
    }

    @Test
    void the_owner_suspends_with_a_reason_resumes_then_ends_the_contract_which_says_it_is_read_only() {
        var c = active();
        login(c.client().admin().username());
        open(c);

        _click(_get(Button.class, spec -> spec.withId("lifecycle-suspend")));
        LifecycleReasonDialog suspend = _get(LifecycleReasonDialog.class);
        _click(suspend.confirm);
        assertThat(suspend.reason.isInvalid())
                .as("the reason is asked next to its field")
                .isTrue();
        assertThat(suspend.reason.getErrorMessage()).startsWith("Dites en quelques mots pourquoi");
        _setValue(suspend.reason, "Fermeture pour travaux");
        _click(suspend.confirm);
        assertThat(_get(Div.class, spec -> spec.withId("lifecycle-banner"))
                        .getElement()
                        .getTextRecursively())
                .contains("Ce contrat est suspendu");

        _click(_get(Button.class, spec -> spec.withId("lifecycle-resume")));
        _click(_get(LifecycleReasonDialog.class).confirm);
        assertThat(_find(Div.class, spec -> spec.withId("lifecycle-banner"))).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("lifecycle-end")));
        LifecycleReasonDialog end = _get(LifecycleReasonDialog.class);
        _setValue(end.how, true);
        _setValue(end.reason, "Activité reprise en interne");
        _click(end.confirm);

        assertThat(TestAccounts.as(c.client().admin().username(), () -> lifecycle.pilotProgress(c.id()))
                        .status())
                .isEqualTo(ContractStatus.TERMINATED);
        assertThat(_get(Div.class, spec -> spec.withId("lifecycle-banner"))
                        .getElement()
                        .getTextRecursively())
                .contains("Ce contrat est terminé");
        assertThat(_find(Button.class, spec -> spec.withId("lifecycle-end"))).isEmpty();
        // the PME's owner ticks the PME's column
        _setValue(_get(Checkbox.class, spec -> spec.withId("exit-DATA_RETURNED")), true);
        assertThat(_get(Checkbox.class, spec -> spec.withId("exit-DATA_RETURNED"))
                        .getLabel())
                .startsWith("Fait par " + c.client().admin().displayName());
        assertThat(TestAccounts.as(c.client().admin().username(), () -> lifecycle.exitChecklist(c.id()))
                        .lines()
                        .getFirst()
                        .client())
                .isNotNull();
    }

    @Test
    void the_last_tick_asks_first_since_it_ends_the_providers_accesses_then_the_banner_says_the_exit_is_done() {
        var c = active();
        String owner = c.client().admin().username();
        TestAccounts.as(owner, () -> lifecycle.end(c.id(), false, "Terme atteint"));
        for (app.avenant.contract.ExitItem item : app.avenant.contract.ExitItem.values()) {
            TestAccounts.as(c.provider().admin().username(), () -> lifecycle.tickExit(c.id(), item, true));
        }
        TestAccounts.as(owner, () -> lifecycle.tickExit(c.id(), app.avenant.contract.ExitItem.DATA_RETURNED, true));
        TestAccounts.as(owner, () -> lifecycle.tickExit(c.id(), app.avenant.contract.ExitItem.ACCESSES_REVOKED, true));
        login(owner);
        open(c);

        _setValue(_get(Checkbox.class, spec -> spec.withId("exit-DOCUMENTS_HANDED_OVER")), true);
        com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm =
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        assertThat(com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt.getText(confirm))
                .contains("les accès du prestataire au contrat prennent fin aussitôt");
        assertThat(TestAccounts.as(owner, () -> lifecycle.exitChecklist(c.id())).completedAt())
                .as("nothing done before the confirmation")
                .isNull();
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);

        assertThat(TestAccounts.as(owner, () -> lifecycle.exitChecklist(c.id())).completedAt())
                .isNotNull();
        assertThat(_get(Div.class, spec -> spec.withId("lifecycle-banner"))
                        .getElement()
                        .getTextRecursively())
                .contains("sa sortie est faite");
    }
}
