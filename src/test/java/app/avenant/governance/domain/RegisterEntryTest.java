package app.avenant.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.governance.GovernanceRuleException;
import app.avenant.governance.NewRegisterEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Plain unit tests: the register entry's own rules, without Spring or a database. */
class RegisterEntryTest {

    private static final LocalDate GRANTED = LocalDate.of(2026, 1, 5);
    private static final UUID USER = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    private static RegisterEntry erp() {
        return new RegisterEntry(
                UUID.randomUUID(),
                new NewRegisterEntry(" ERP Sage 100 ", " RIB ", true, GRANTED, null, " "),
                USER,
                NOW);
    }

    private static void refusedWith(Runnable call, String key) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        GovernanceRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void a_declaration_is_stored_trimmed() {
        RegisterEntry entry = erp();
        assertThat(entry.system()).isEqualTo("ERP Sage 100");
        assertThat(entry.dataCategories()).isEqualTo("RIB");
        assertThat(entry.note()).isEmpty();
        assertThat(entry.activeOn(GRANTED)).isTrue();
    }

    @Test
    void exactly_the_maximum_lengths_are_accepted_one_more_character_is_refused() {
        NewRegisterEntry longest =
                new NewRegisterEntry("s".repeat(120), "d".repeat(300), false, GRANTED, null, "n".repeat(500));
        assertThat(RegisterEntry.validated(longest)).isEqualTo(longest);
        refusedWith(
                () -> RegisterEntry.validated(new NewRegisterEntry("s".repeat(121), "", false, GRANTED, null, "")),
                "governance.register.error.system.tooLong");
        refusedWith(
                () -> RegisterEntry.validated(new NewRegisterEntry("s", "d".repeat(301), false, GRANTED, null, "")),
                "governance.register.error.dataCategories.tooLong");
        refusedWith(
                () -> RegisterEntry.validated(new NewRegisterEntry("s", "", false, GRANTED, null, "n".repeat(501))),
                "governance.register.error.note.tooLong");
    }

    @Test
    void a_revocation_on_the_grant_day_is_accepted_the_day_before_is_not() {
        assertThat(RegisterEntry.validated(new NewRegisterEntry("s", "", false, GRANTED, GRANTED, ""))
                        .revokedOn())
                .isEqualTo(GRANTED);
        refusedWith(
                () -> RegisterEntry.validated(new NewRegisterEntry("s", "", false, GRANTED, GRANTED.minusDays(1), "")),
                "governance.register.error.revokedOn.beforeGranted");
    }

    @Test
    void a_revocation_announced_ahead_keeps_the_access_open_until_that_day() {
        RegisterEntry entry = erp();
        LocalDate on = LocalDate.of(2026, 12, 31);
        entry.revoke(on, USER, NOW);
        assertThat(entry.activeOn(on.minusDays(1))).isTrue();
        assertThat(entry.activeOn(on)).isFalse();
        refusedWith(() -> entry.revoke(on, USER, NOW), "governance.register.error.revokedOn.alreadyRevoked");
    }

    @Test
    void a_refused_correction_leaves_the_entry_as_it_was() {
        RegisterEntry entry = erp();
        refusedWith(
                () -> entry.correct(new NewRegisterEntry(" ", "", false, GRANTED, null, ""), USER, NOW),
                "governance.register.error.system.required");
        assertThat(entry.system()).isEqualTo("ERP Sage 100");
        assertThat(entry.personalData()).isTrue();
    }
}
