package app.avenant.change.ui.editor;

import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.terms.Deadline;
import app.avenant.contract.terms.DeadlineUnit;
import app.avenant.contract.terms.ServiceLevel;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.TermsFixtures;
import app.avenant.contract.terms.WorkingCalendar;
import app.avenant.testing.UiTest;
import com.vaadin.flow.component.UI;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A service level's measured deadline, set in the proposal editor as a gérante would. */
class DeadlineEditorTest extends UiTest {

    private final Terms example = TermsFixtures.invoiceEntryExample();
    private TermsEditor editor;

    @BeforeEach
    void openEditor() {
        login("claire.martin");
        editor = new TermsEditor(example);
        UI.getCurrent().add(editor);
    }

    @Test
    void choosingWorkingDaysShowsTheDetailsAndBuildsTheDeadlineOnTheOnlyScopeItem() {
        DeadlineEditor deadline = editor.serviceLevels.levels.getFirst().deadline;
        assertThat(deadline.unit.getValue()).isEmpty();
        assertThat(deadline.amount.isVisible()).isFalse();

        deadline.unit.setValue(Optional.of(DeadlineUnit.WORKING_DAYS));
        _setValue(deadline.amount, "2");
        deadline.calendar.setValue(WorkingCalendar.ALSACE_MOSELLE);

        assertThat(deadline.amount.isVisible()).isTrue();
        String item = example.scopeItems().getFirst().key();
        assertThat(deadline.item.getValue()).isEqualTo(item); // the only scope item, chosen for her
        ServiceLevel first = example.serviceLevels().getFirst();
        assertThat(editor.validatedValue())
                .contains(example.withServiceLevel(first.withDeadline(
                        new Deadline(2, DeadlineUnit.WORKING_DAYS, WorkingCalendar.ALSACE_MOSELLE, item))));
    }

    @Test
    void anAmountThatIsNotAWholeNumberInRangeIsRefusedUnderItsField() {
        DeadlineEditor deadline = editor.serviceLevels.levels.getFirst().deadline;
        deadline.unit.setValue(Optional.of(DeadlineUnit.WORKING_HOURS));
        _setValue(deadline.amount, "2,5");

        // read by the editor's one rule for whole numbers, as the contract's durations are
        assertThat(editor.validatedValue()).isEmpty();
        assertThat(deadline.amount.isInvalid()).isTrue();
        assertThat(deadline.amount.getErrorMessage()).startsWith("Saisissez un nombre entier");

        _setValue(deadline.amount, "0");
        assertThat(editor.validatedValue()).isEmpty();
        assertThat(deadline.amount.getErrorMessage())
                .isEqualTo("Indiquez un nombre entier d’heures ou de jours, de 1 à 2\u202F000.");

        _setValue(deadline.amount, "16");
        assertThat(editor.validatedValue()).isPresent();
    }
}
