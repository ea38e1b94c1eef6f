package app.avenant.identity;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.identity.internal.UsersForModules;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.TestAccounts.TestOrganisation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class LegalIdentitiesTest {

    @Autowired
    LegalIdentities identities;

    @Autowired
    UsersForModules modules;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    TestOrganisation provider;

    @BeforeEach
    void setUp() {
        provider = accounts.newOrganisation(OrganisationKind.PROVIDER);
    }

    private static LegalIdentity sas() {
        return new LegalIdentity(
                "732 829 320",
                "73282932000074",
                "",
                "SAS",
                new BigDecimal("50000"),
                "Lyon",
                "45 avenue Jean Jaurès",
                null,
                "69007",
                "Lyon",
                "FR",
                VatRegime.DEBITS);
    }

    private Map<String, Object> row() {
        return jdbc.queryForMap(
                "select siren, vat_number, vat_regime, legal_identity_changed_by from organisation where id = ?",
                provider.organisation().id());
    }

    @Test
    void an_admin_gives_the_identity_every_member_reads_it_with_who_changed_it_and_other_modules_get_it() {
        LegalIdentities.Mine before = as(provider.member().username(), identities::mine);
        assertThat(before.identity()).isEqualTo(LegalIdentity.empty());
        assertThat(before.editable()).isFalse();
        assertThat(before.changedAt()).isNull();

        LegalIdentity typed = sas();
        LegalIdentity withVat = new LegalIdentity(
                typed.siren(),
                typed.siret(),
                "FR44732829320",
                typed.legalForm(),
                typed.shareCapital(),
                typed.rcsCity(),
                typed.addressLine1(),
                null,
                typed.postcode(),
                typed.city(),
                "FR",
                typed.vatRegime());
        as(provider.admin().username(), () -> identities.saveMine(withVat, before.version()));

        LegalIdentities.Mine after = as(provider.member().username(), identities::mine);
        assertThat(after.identity().siren()).isEqualTo("732829320");
        assertThat(after.identity().vatRegime()).isEqualTo(VatRegime.DEBITS);
        assertThat(after.changedBy()).isEqualTo(provider.admin().displayName());
        assertThat(after.changedAt()).isNotNull();
        assertThat(row()).containsEntry("SIREN", "732829320").containsEntry("VAT_REGIME", "DEBITS");
        assertThat(modules.legalIdentities(List.of(provider.organisation().id())))
                .containsEntry(provider.organisation().id(), after.identity());
    }

    @Test
    void a_refused_identity_says_every_problem_and_leaves_the_row_as_it_was() {
        long version = as(provider.admin().username(), identities::mine).version();
        Map<String, Object> before = row();

        assertThatThrownBy(() -> as(provider.admin().username(), () -> identities.saveMine(sas(), version)))
                .isInstanceOf(LegalIdentityException.class)
                .satisfies(e -> assertThat(((LegalIdentityException) e).problems())
                        .extracting(LegalIdentityException.Problem::messageKey)
                        .containsExactly("identity.legal.error.vat.required"));

        assertThat(row()).isEqualTo(before);
    }

    @Test
    void a_member_who_is_not_admin_cannot_change_it() {
        long version = as(provider.member().username(), identities::mine).version();
        Map<String, Object> before = row();

        assertThatThrownBy(() -> as(provider.member().username(), () -> identities.saveMine(sas(), version)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(row()).isEqualTo(before);
    }

    @Test
    void a_form_read_before_another_admins_change_is_refused_instead_of_overwriting_it() {
        long read = as(provider.admin().username(), identities::mine).version();
        LegalIdentity franchise = new LegalIdentity(
                "552100554",
                null,
                null,
                "EI",
                null,
                null,
                "1 place Bellecour",
                null,
                "69002",
                "Lyon",
                "FR",
                VatRegime.FRANCHISE);
        as(provider.admin().username(), () -> identities.saveMine(franchise, read));

        assertThatThrownBy(() -> as(provider.admin().username(), () -> identities.saveMine(franchise, read)))
                .isInstanceOf(LegalIdentityException.class)
                .satisfies(e -> assertThat(((LegalIdentityException) e).problems())
                        .extracting(LegalIdentityException.Problem::messageKey)
                        .containsExactly("identity.legal.error.stale"));
    }
}
