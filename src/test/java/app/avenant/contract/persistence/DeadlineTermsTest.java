package app.avenant.contract.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.contract.terms.Deadline;
import app.avenant.contract.terms.DeadlineUnit;
import app.avenant.contract.terms.FieldChange;
import app.avenant.contract.terms.InvalidTermsException;
import app.avenant.contract.terms.MeasurementWindow;
import app.avenant.contract.terms.ServiceLevel;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.TermsDiff;
import app.avenant.contract.terms.TermsViolation;
import app.avenant.contract.terms.ValueKind;
import app.avenant.contract.terms.WorkingCalendar;
import app.avenant.performance.PerformanceFixtures;
import org.junit.jupiter.api.Test;

/** A service level's deadline as the terms keep it: checked, stored in the version's document, compared. */
class DeadlineTermsTest {

    private static final Terms EXAMPLE = PerformanceFixtures.workedExampleTerms();
    private static final ServiceLevel WITHIN_48H =
            EXAMPLE.serviceLevel(PerformanceFixtures.WITHIN_48H).orElseThrow();

    private static Terms withDeadline(ServiceLevel level, Deadline deadline) {
        return EXAMPLE.withServiceLevel(level.withDeadline(deadline));
    }

    @Test
    void aDeadlineIsStoredAndReadBackAndALevelWithoutOneIsStoredAsBefore() {
        Deadline deadline = new Deadline(
                16, DeadlineUnit.WORKING_HOURS, WorkingCalendar.ALSACE_MOSELLE, PerformanceFixtures.INVOICES);
        Terms terms = withDeadline(WITHIN_48H, deadline);
        String json = TermsJson.write(terms);
        assertThat(json)
                .contains("\"deadline\":{\"amount\":16,\"unit\":\"WORKING_HOURS\",\"calendar\":\"ALSACE_MOSELLE\"");
        assertThat(TermsJson.parse(json)).isEqualTo(terms);
        // the documents of versions adopted before deadlines existed keep their exact text (and fingerprint)
        assertThat(TermsJson.write(EXAMPLE)).doesNotContain("deadline");
    }

    @Test
    void aDeadlineMeasuresAKnownScopeItemMonthlyWithinItsRange() {
        assertThatThrownBy(() -> withDeadline(
                        WITHIN_48H, new Deadline(0, DeadlineUnit.WORKING_DAYS, WorkingCalendar.FRANCE, "inconnu")))
                .isInstanceOfSatisfying(
                        InvalidTermsException.class,
                        e -> assertThat(e.violations())
                                .extracting(TermsViolation::code)
                                .containsExactlyInAnyOrder("deadline.amount.range", "deadline.item.unknown"));
        ServiceLevel quarterly = new ServiceLevel(
                WITHIN_48H.key(),
                WITHIN_48H.metric(),
                WITHIN_48H.measurement(),
                WITHIN_48H.targetPercent(),
                WITHIN_48H.minimumPercent(),
                MeasurementWindow.QUARTERLY,
                WITHIN_48H.critical(),
                WITHIN_48H.atRiskSharePercent());
        assertThatThrownBy(() -> withDeadline(
                        quarterly,
                        new Deadline(
                                2, DeadlineUnit.WORKING_DAYS, WorkingCalendar.FRANCE, PerformanceFixtures.INVOICES)))
                .isInstanceOfSatisfying(
                        InvalidTermsException.class,
                        e -> assertThat(e.violations())
                                .extracting(TermsViolation::path, TermsViolation::code)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        "serviceLevels[delai48h].deadline.unit", "deadline.not.monthly")));
        assertThatThrownBy(() -> withDeadline(
                        WITHIN_48H,
                        new Deadline(
                                251, DeadlineUnit.WORKING_DAYS, WorkingCalendar.FRANCE, PerformanceFixtures.INVOICES)))
                .isInstanceOf(InvalidTermsException.class);
    }

    @Test
    void anAmendmentThatSetsADeadlineShowsAsOneChangedField() {
        Deadline deadline =
                new Deadline(2, DeadlineUnit.WORKING_DAYS, WorkingCalendar.FRANCE, PerformanceFixtures.INVOICES);
        TermsDiff diff = TermsDiff.between(EXAMPLE, withDeadline(WITHIN_48H, deadline));
        assertThat(diff.changes())
                .singleElement()
                .satisfies(change -> assertThat(change.fields())
                        .extracting(FieldChange::field, FieldChange::kind, FieldChange::before, FieldChange::after)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                "sla.deadline", ValueKind.DEADLINE, null, deadline)));
        // the scope item measured is named by its title, not by its key
        assertThat(diff.changes().getFirst().fields().getFirst().detail())
                .isEqualTo(EXAMPLE.scopeItem(PerformanceFixtures.INVOICES)
                        .orElseThrow()
                        .title());
    }
}
