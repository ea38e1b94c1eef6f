package app.avenant.governance.web;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.avenant.contract.ContractFixtures;
import app.avenant.contract.ContractFixtures.TestContract;
import app.avenant.contract.Contracts;
import app.avenant.governance.NewActionItem;
import app.avenant.governance.NewReview;
import app.avenant.governance.Reviews;
import app.avenant.testing.TestAccounts;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * {@code GET /api/calendar/{token}.ics} through the real security chains (MockMvc on the shared context), the
 * body parsed back with ical4j's {@link CalendarBuilder}.
 */
@SpringBootTest
class CalendarFeedTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Contracts contracts;

    @Autowired
    Reviews reviews;

    @Autowired
    Clock clock;

    MockMvc mvc;
    TestContract contract;
    String manager;
    /** Each test from its own client address, so the throttle of guessed links of one never touches another. */
    String address;

    @BeforeEach
    void setUp() {
        // another test class may have started a context of its own (a real port) and taken the JVM-wide strategy
        SecurityContextHolder.setContextHolderStrategy(context.getBean(SecurityContextHolderStrategy.class));
        SecurityContextHolder.clearContext();
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        manager = contract.provider().admin().username();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        address = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private MockHttpServletResponse fetch(String token) throws Exception {
        return fetchFrom(address, token);
    }

    private MockHttpServletResponse fetchFrom(String from, String token) throws Exception {
        return mvc.perform(get("/api/calendar/" + token + ".ics").with(request -> {
                    request.setRemoteAddr(from);
                    return request;
                }))
                .andReturn()
                .getResponse();
    }

    private static Calendar parse(String body) throws Exception {
        return new CalendarBuilder().build(new StringReader(body));
    }

    private static String value(Component component, String property) {
        return component.<Property>getProperty(property).orElseThrow().getValue();
    }

    @Test
    void the_feed_holds_a_review_event_and_my_open_action_and_parses_back() throws Exception {
        LocalDateTime at = LocalDateTime.now(clock)
                .plusDays(5)
                .withHour(14)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        UUID review = as(manager, () -> reviews.plan(contract.id(), new NewReview(at, 90, "Bilan du mois, volumes")));
        LocalDate due = LocalDate.now(clock).plusDays(9);
        UUID action = as(
                manager,
                () -> reviews.addAction(
                        review,
                        new NewActionItem(
                                "Envoyer le rapport",
                                contract.provider().admin().id(),
                                due)));
        as(
                manager,
                () -> reviews.addAction(
                        review,
                        new NewActionItem(
                                "Pas pour moi", contract.client().admin().id(), due)));
        String token = as(manager, () -> reviews.createMyCalendarFeed());

        MockHttpServletResponse response = fetch(token);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/calendar");
        Calendar calendar = parse(response.getContentAsString());

        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(2);
        VEvent meeting = events.stream()
                .filter(e -> value(e, Property.UID).equals("review-" + review + "@avenant"))
                .findFirst()
                .orElseThrow();
        String reference = as(manager, () -> contracts.summary(contract.id()).reference());
        assertThat(value(meeting, Property.SUMMARY)).isEqualTo("Comité de pilotage — " + reference);
        assertThat(value(meeting, Property.DESCRIPTION)).isEqualTo("Bilan du mois, volumes");
        Temporal start = meeting.<DtStart<Temporal>>getProperty(Property.DTSTART)
                .orElseThrow()
                .getDate();
        assertThat(Instant.from(start))
                .isEqualTo(at.atZone(ZoneId.of("Europe/Paris")).toInstant());
        assertThat(value(meeting, Property.DTEND)).endsWith("Z");

        VEvent todo = events.stream()
                .filter(e -> value(e, Property.UID).equals("action-" + action + "@avenant"))
                .findFirst()
                .orElseThrow();
        assertThat(value(todo, Property.SUMMARY)).contains("Envoyer le rapport");
        assertThat(todo.<DtStart<Temporal>>getProperty(Property.DTSTART)
                        .orElseThrow()
                        .getDate())
                .isEqualTo(due);
    }

    @Test
    void the_uid_of_a_review_stays_the_same_from_one_fetch_to_the_next() throws Exception {
        UUID review = as(
                manager,
                () -> reviews.plan(
                        contract.id(), new NewReview(LocalDateTime.now(clock).plusDays(3), 60, "Ordre du jour")));
        String token = as(manager, () -> reviews.createMyCalendarFeed());

        String first = value(
                parse(fetch(token).getContentAsString())
                        .getComponent(Component.VEVENT)
                        .orElseThrow(),
                Property.UID);
        as(manager, () -> reviews.saveMinutes(review, "Compte rendu", ""));
        String second = value(
                parse(fetch(token).getContentAsString())
                        .getComponent(Component.VEVENT)
                        .orElseThrow(),
                Property.UID);
        assertThat(first).isEqualTo(second).isEqualTo("review-" + review + "@avenant");
    }

    @Test
    void an_unknown_a_regenerated_or_a_revoked_token_is_not_found() throws Exception {
        String old = as(manager, () -> reviews.createMyCalendarFeed());
        String current = as(manager, () -> reviews.createMyCalendarFeed());
        assertThat(fetch(old).getStatus()).isEqualTo(404);
        assertThat(fetch(current).getStatus()).isEqualTo(200);

        as(manager, () -> reviews.revokeMyCalendarFeed());
        assertThat(fetch(current).getStatus()).isEqualTo(404);
        assertThat(fetch("A".repeat(43)).getStatus()).isEqualTo(404);
        assertThat(fetch("not-a-token").getStatus()).isEqualTo(404);
    }

    @Test
    void ten_guessed_links_from_one_address_within_a_minute_get_429_even_for_a_good_link() throws Exception {
        String token = as(manager, () -> reviews.createMyCalendarFeed());
        for (int i = 0; i < 10; i++) {
            assertThat(fetch("guess-" + i + "-" + "A".repeat(36)).getStatus()).isEqualTo(404);
        }

        MockHttpServletResponse blocked = fetch(token);

        assertThat(blocked.getStatus()).isEqualTo(429);
        assertThat(blocked.getContentType()).startsWith("application/problem+json");
        assertThat(blocked.getContentAsString()).contains("Too many invalid calendar links");
        assertThat(Integer.parseInt(blocked.getHeader("Retry-After"))).isBetween(1, 60);
        assertThat(blocked.getContentAsString()).doesNotContain("BEGIN:VCALENDAR");
        assertThat(fetchFrom("172.16.0." + ThreadLocalRandom.current().nextInt(1, 255), token)
                        .getStatus())
                .as("another address is not concerned")
                .isEqualTo(200);
    }

    @Test
    void nine_misses_still_let_the_good_link_through() throws Exception {
        String token = as(manager, () -> reviews.createMyCalendarFeed());
        for (int i = 0; i < 9; i++) {
            assertThat(fetch("guess-" + i).getStatus()).isEqualTo(404);
        }

        assertThat(fetch(token).getStatus()).isEqualTo(200);
    }

    @Test
    void a_user_sees_no_review_of_a_contract_they_are_not_a_member_of() throws Exception {
        as(
                manager,
                () -> reviews.plan(
                        contract.id(), new NewReview(LocalDateTime.now(clock).plusDays(3), 60, "Secret")));
        String outsider = accounts.newOrganisation(app.avenant.identity.OrganisationKind.PROVIDER)
                .admin()
                .username();
        String token = as(outsider, () -> reviews.createMyCalendarFeed());

        MockHttpServletResponse response = fetch(token);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(parse(response.getContentAsString()).<VEvent>getComponents(Component.VEVENT))
                .isEmpty();
    }
}
