package app.avenant.change.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.change.ChangeFixtures.TestContract;
import app.avenant.contract.terms.ObjectiveKind;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

/**
 * What is typed in "Nouvelle demande de modification" survives a reload or a closed browser: it comes back when the
 * same person opens the dialog again, and goes once the request is created or the person cancels
 * (docs/decisions/0030, addendum).
 */
class NewRequestKeptTest extends ChangeUiTest {

    private NewChangeRequestDialog openDialog(TestContract contract) {
        UI.getCurrent().navigate("contracts/" + contract.id() + "/changes");
        _click(_get(ChangeRequestListView.class).create);
        return _get(NewChangeRequestDialog.class);
    }

    @Test
    void what_was_typed_comes_back_after_a_reload_and_goes_once_the_request_is_created() {
        TestContract contract = contract();
        login(contract.clientEditor().username());
        NewChangeRequestDialog dialog = openDialog(contract);
        assertThat(dialog.restored.isVisible()).isFalse();
        dialog.title.setValue("Passer à 1 300 factures par mois");
        dialog.reason.setValue("Notre activité augmente au printemps.");
        dialog.serves.setValue(ObjectiveKind.CONTINUITY);

        reloadPage(); // F5: the dialog is gone with the old page
        NewChangeRequestDialog again = openDialog(contract);

        assertThat(again.title.getValue()).isEqualTo("Passer à 1 300 factures par mois");
        assertThat(again.reason.getValue()).isEqualTo("Notre activité augmente au printemps.");
        assertThat(again.serves.getValue()).isEqualTo(ObjectiveKind.CONTINUITY);
        assertThat(again.restored.isVisible()).isTrue();
        assertThat(again.restored.getText()).startsWith("Votre saisie du ").contains("a été restaurée");

        _click(again.submit);
        assertThat(changeRequests.count(contract.id(), null)).isEqualTo(1);

        NewChangeRequestDialog next = openDialog(contract);
        assertThat(next.title.getValue()).isEmpty();
        assertThat(next.reason.getValue()).isEmpty();
        assertThat(next.serves.getValue()).isNull();
        assertThat(next.restored.isVisible()).isFalse();
    }

    @Test
    void cancelling_with_text_asks_first_then_forgets_it() {
        TestContract contract = contract();
        login(contract.clientEditor().username());
        NewChangeRequestDialog dialog = openDialog(contract);
        dialog.title.setValue("Un titre à moitié écrit");

        _click(dialog.cancel);
        ConfirmationDialog confirm = _get(ConfirmationDialog.class);
        assertThat(confirm.getHeaderTitle()).isEqualTo("Abandonner cette demande ?");
        assertThat(text(confirm)).contains("seront effacés");
        confirm.close(); // "Annuler": back to typing, nothing lost
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.title.getValue()).isEqualTo("Un titre à moitié écrit");

        _click(dialog.cancel);
        _click(_get(ConfirmationDialog.class).confirm);
        assertThat(dialog.isOpened()).isFalse();

        reloadPage();
        NewChangeRequestDialog again = openDialog(contract);
        assertThat(again.title.getValue()).isEmpty();
        assertThat(again.restored.isVisible()).isFalse();
    }

    @Test
    void cancelling_with_nothing_typed_closes_without_asking() {
        TestContract contract = contract();
        login(contract.clientEditor().username());
        NewChangeRequestDialog dialog = openDialog(contract);

        _click(dialog.cancel);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(_find(ConfirmationDialog.class)).isEmpty();
    }

    @Test
    void a_colleague_opening_the_dialog_sees_none_of_it() {
        TestContract contract = contract();
        login(contract.clientEditor().username());
        openDialog(contract).title.setValue("Texte de Paul");

        login(contract.clientOwner().username());
        NewChangeRequestDialog colleagues = openDialog(contract);
        assertThat(colleagues.title.getValue()).isEmpty();
        assertThat(colleagues.restored.isVisible()).isFalse();
    }
}
