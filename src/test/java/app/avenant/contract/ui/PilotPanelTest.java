package app.avenant.contract.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.Approval;
import app.avenant.contract.ContractFixtures;
import app.avenant.contract.ContractLifecycle;
import app.avenant.contract.ContractRole;
import app.avenant.contract.ContractStatus;
import app.avenant.contract.Contracts;
import app.avenant.contract.NewContract;
import app.avenant.contract.internal.ContractsForModules;
import app.avenant.identity.OrganisationKind;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.TestAccounts.TestOrganisation;
import app.avenant.testing.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Contrat tab's pilot panel: the PME owner starts a pilot, then makes the contract active. */
class PilotPanelTest extends UiTest {

    @Autowired
    Contracts contracts;

    @Autowired
    ContractLifecycle lifecycle;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Clock clock;

    private void open(ContractFixtures.TestContract c) {
        UI.getCurrent().navigate("contracts/" + c.id());
    }

    @Test
    void the_owner_starts_a_pilot_then_makes_the_contract_active_with_a_note() {
        var c = new ContractFixtures(accounts, contracts).contract(2, 1);
        login(c.client().admin().username());
        open(c);

        _click(_get(Button.class, spec -> spec.withId("pilot-start")));
        PilotStartDialog start = _get(PilotStartDialog.class);
        _setValue(start.volumeCap, 0);
        _setValue(start.endDate, LocalDate.now(clock).plusDays(30));
        _click(start.submit);
        assertThat(start.volumeCap.isInvalid()).as("error next to the field").isTrue();
        assertThat(start.volumeCap.getErrorMessage()).isEqualTo("Indiquez un volume plafond d’au moins 1 unité.");

        _setValue(start.volumeCap, 250);
        _click(start.submit);
        assertThat(_find(PilotStartDialog.class)).isEmpty();
        assertThat(TestAccounts.as(c.client().admin().username(), () -> lifecycle.pilotProgress(c.id()))
                        .status())
                .isEqualTo(ContractStatus.PILOT);
        assertThat(_find(Button.class, spec -> spec.withId("pilot-start")))
                .as("no second pilot")
                .isEmpty();
        assertThat(_get(PilotPanel.class).getElement().getOuterHTML())
                .contains("250", "✓", "✗", "Un interlocuteur identifié de chaque côté");

        UI.getCurrent().navigate("contracts/" + c.id() + "/overview");
        assertThat(_get(Paragraph.class, spec -> spec.withId("overview-pilot-volume"))
                        .getText())
                .isEqualTo("Volume utilisé depuis le mois de démarrage du pilote : 0 sur 250 unités");
        assertThat(_get(Paragraph.class, spec -> spec.withId("overview-pilot-rates"))
                        .getText())
                .isEqualTo("Aucun livrable livré depuis le démarrage du pilote.");
        open(c);

        _click(_get(Button.class, spec -> spec.withId("pilot-activate")));
        PilotActivateDialog activate = _get(PilotActivateDialog.class);
        _setValue(activate.note, "Pilote concluant");
        _click(activate.confirm);

        assertThat(_find(PilotActivateDialog.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("pilot-activate"))).isEmpty();
        String shown = _get(PilotPanel.class).getElement().getOuterHTML();
        assertThat(shown)
                .contains("Passé en actif le", "par " + c.client().admin().displayName(), "Note : Pilote concluant");
    }

    @Test
    void going_active_is_disabled_with_the_reason_while_a_contact_person_is_missing() {
        TestOrganisation client = accounts.newOrganisation(OrganisationKind.CLIENT);
        TestOrganisation provider = accounts.newOrganisation(OrganisationKind.PROVIDER);
        ContractsForModules internals = accounts.contractInternals();
        UUID id = internals.openContract(new NewContract(
                "P-" + UUID.randomUUID().toString().substring(0, 12),
                "Contrat pilote",
                client.organisation().id(),
                provider.organisation().id()));
        internals.enrol(id, client.admin().id(), ContractRole.CLIENT_OWNER, true);
        internals.enrol(id, provider.admin().id(), ContractRole.PROVIDER_MANAGER, false);
        internals.adoptVersion(
                id,
                ContractFixtures.terms(1, 1),
                "Version 1",
                new Approval(client.admin().id(), Instant.now()),
                new Approval(provider.admin().id(), Instant.now()));
        login(client.admin().username());
        UI.getCurrent().navigate("contracts/" + id);

        assertThat(_get(Button.class, spec -> spec.withId("pilot-activate")).isEnabled())
                .isFalse();
        assertThat(_get(Span.class, spec -> spec.withId("pilot-activate-reason"))
                        .getText())
                .isEqualTo("Chaque partie doit d’abord nommer son interlocuteur identifié (onglet Équipe).");

        login(provider.admin().username());
        UI.getCurrent().navigate("contracts/" + id);
        assertThat(_find(Button.class, spec -> spec.withId("pilot-activate")))
                .as("provider side: no decision")
                .isEmpty();
        assertThat(_get(PilotPanel.class).getElement().getOuterHTML()).contains("✗");
    }
}
