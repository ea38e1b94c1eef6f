package app.avenant.identity;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.identity.domain.ApiTokenRepository;
import app.avenant.testing.MovableClock;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.TestAccounts.TestOrganisation;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class ApiTokensTest {

    @Autowired
    ApiTokens tokens;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ApiTokenRepository repository;

    @Autowired
    Users users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    TestOrganisation provider;

    @BeforeEach
    void setUp() {
        provider = accounts.newOrganisation(OrganisationKind.PROVIDER);
    }

    @Test
    void an_admin_creates_a_token_whose_plaintext_is_returned_once_and_stored_only_as_its_sha256() {
        NewApiToken created = as(provider.admin().username(), () -> tokens.create("  Export comptable  "));

        assertThat(created.plaintext()).startsWith("avt_").hasSize(4 + 43).matches("avt_[A-Za-z0-9_-]{43}");
        assertThat(created.token().name()).isEqualTo("Export comptable");
        assertThat(created.token().displayPrefix())
                .isEqualTo(created.plaintext().substring(0, 12));
        assertThat(created.token().createdByName()).isEqualTo(provider.admin().displayName());
        assertThat(created.token().active()).isTrue();
        assertThat(created.toString()).doesNotContain(created.plaintext());

        Map<String, Object> row = jdbc.queryForMap(
                "select * from api_token where id = ?", created.token().id());
        assertThat(row.get("token_hash")).isEqualTo(ApiTokens.sha256(created.plaintext()));
        assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(created.plaintext()));
        assertThat(row.get("organisation_id")).isEqualTo(provider.organisation().id());
    }

    @Test
    void two_tokens_never_share_a_value() {
        NewApiToken first = as(provider.admin().username(), () -> tokens.create("Un"));
        NewApiToken second = as(provider.admin().username(), () -> tokens.create("Deux"));

        assertThat(first.plaintext()).isNotEqualTo(second.plaintext());
    }

    @Test
    void the_token_authenticates_as_its_organisation_and_nothing_else_does() {
        NewApiToken created = as(provider.admin().username(), () -> tokens.create("ERP"));

        assertThat(tokens.authenticate(created.plaintext()))
                .contains(new ApiCaller(
                        created.token().id(), provider.organisation().id(), "ERP"));
        String last = created.plaintext().substring(created.plaintext().length() - 1);
        String tampered =
                created.plaintext().substring(0, created.plaintext().length() - 1) + ("A".equals(last) ? "B" : "A");
        assertThat(tokens.authenticate(tampered)).isEmpty();
        assertThat(tokens.authenticate("avt_" + "x".repeat(43))).isEmpty();
        assertThat(tokens.authenticate("")).isEmpty();
        assertThat(tokens.authenticate(created.token().displayPrefix())).isEmpty();
        assertThat(tokens.authenticate(ApiTokens.sha256(created.plaintext()))).isEmpty();
    }

    @Test
    void a_revoked_token_no_longer_authenticates_and_stays_listed_as_revoked() {
        NewApiToken created = as(provider.admin().username(), () -> tokens.create("Ancien outil"));

        as(provider.admin().username(), () -> tokens.revoke(created.token().id()));
        as(provider.admin().username(), () -> tokens.revoke(created.token().id())); // twice: no change

        assertThat(tokens.authenticate(created.plaintext())).isEmpty();
        ApiTokenSummary listed =
                as(provider.admin().username(), () -> tokens.listMine(0, 10)).getFirst();
        assertThat(listed.id()).isEqualTo(created.token().id());
        assertThat(listed.active()).isFalse();
        assertThat(listed.revokedAt()).isNotNull();
        assertThat(listed.revokedByName()).isEqualTo(provider.admin().displayName());
    }

    @Test
    void the_list_shows_the_organisation_tokens_only_newest_first() {
        TestOrganisation other = accounts.newOrganisation(OrganisationKind.PROVIDER);
        as(other.admin().username(), () -> tokens.create("Jeton d'une autre organisation"));
        as(provider.admin().username(), () -> tokens.create("Premier"));
        as(provider.admin().username(), () -> tokens.create("Second"));

        List<ApiTokenSummary> mine = as(provider.admin().username(), () -> tokens.listMine(0, 10));

        assertThat(mine).extracting(ApiTokenSummary::name).containsExactly("Second", "Premier");
        assertThat(as(provider.admin().username(), tokens::countMine)).isEqualTo(2);
        assertThat(as(provider.admin().username(), () -> tokens.listMine(1, 1)))
                .extracting(ApiTokenSummary::name)
                .containsExactly("Premier");
    }

    @Test
    void a_member_who_is_not_an_admin_can_neither_create_nor_list_nor_revoke() {
        NewApiToken created = as(provider.admin().username(), () -> tokens.create("ERP"));
        String member = provider.member().username();

        assertThatThrownBy(() -> as(member, () -> tokens.create("Intrus"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(member, () -> tokens.listMine(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(member, tokens::countMine)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(member, () -> tokens.revoke(created.token().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tokens.create("Sans utilisateur")).isInstanceOf(AccessDeniedException.class);
        assertThat(tokens.authenticate(created.plaintext())).isPresent();
    }

    @Test
    void the_admin_of_another_organisation_does_not_find_the_token() {
        NewApiToken created = as(provider.admin().username(), () -> tokens.create("ERP"));
        TestOrganisation other = accounts.newOrganisation(OrganisationKind.CLIENT);

        assertThatThrownBy(() -> as(
                        other.admin().username(),
                        () -> tokens.revoke(created.token().id())))
                .isInstanceOf(ApiTokenNotFoundException.class);
        assertThat(tokens.authenticate(created.plaintext())).isPresent();
    }

    @Test
    void a_blank_or_too_long_name_is_refused_and_nothing_is_stored() {
        String admin = provider.admin().username();

        assertThatThrownBy(() -> as(admin, () -> tokens.create("   ")))
                .isInstanceOfSatisfying(
                        ApiTokenValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("identity.apiToken.name.required"));
        assertThatThrownBy(() -> as(admin, () -> tokens.create("x".repeat(101))))
                .isInstanceOfSatisfying(ApiTokenValidationException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("identity.apiToken.name.tooLong");
                    assertThat(e.args()).containsExactly(100);
                });
        assertThat(as(admin, tokens::countMine)).isZero();
        assertThat(as(admin, () -> tokens.create("x".repeat(100))).token().name())
                .hasSize(100);
    }

    @Test
    void last_use_is_noted_at_most_once_a_minute() {
        MovableClock clock = new MovableClock(Instant.parse("2026-10-05T08:00:00Z"));
        ApiTokens onClock = new ApiTokens(repository, users, clock);
        NewApiToken created = as(provider.admin().username(), () -> onClock.create("ERP"));
        assertThat(lastUsed(created)).isEmpty();

        transactions.execute(status -> onClock.authenticate(created.plaintext()));
        assertThat(lastUsed(created)).contains(Instant.parse("2026-10-05T08:00:00Z"));

        clock.advance(Duration.ofSeconds(59));
        transactions.execute(status -> onClock.authenticate(created.plaintext()));
        assertThat(lastUsed(created)).contains(Instant.parse("2026-10-05T08:00:00Z"));

        clock.advance(Duration.ofSeconds(2));
        transactions.execute(status -> onClock.authenticate(created.plaintext()));
        assertThat(lastUsed(created)).contains(Instant.parse("2026-10-05T08:01:01Z"));
    }

    private Optional<Instant> lastUsed(NewApiToken created) {
        return as(provider.admin().username(), () -> tokens.listMine(0, 50)).stream()
                .filter(token -> token.id().equals(created.token().id()))
                .findFirst()
                .map(ApiTokenSummary::lastUsedAt)
                .map(instant -> instant.truncatedTo(ChronoUnit.MILLIS));
    }
}
