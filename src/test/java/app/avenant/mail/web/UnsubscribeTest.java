package app.avenant.mail.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.avenant.identity.OrganisationKind;
import app.avenant.mail.Delivery;
import app.avenant.mail.MailPreferences;
import app.avenant.mail.MailTopic;
import app.avenant.mail.domain.Letter;
import app.avenant.mail.domain.MailMessage;
import app.avenant.mail.domain.MailMessageRepository;
import app.avenant.mail.outbox.MailLinks;
import app.avenant.testing.TestAccounts;
import java.time.Instant;
import java.util.UUID;
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
 * A message's unsubscribe link, through the real security chain and without signing in: opening it only asks,
 * the button (or a mail client's one-click post, with no session and no CSRF token) stops that topic; an unknown
 * link is a 404 that says nothing.
 */
@SpringBootTest
class UnsubscribeTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MailMessageRepository messages;

    @Autowired
    MailLinks links;

    @Autowired
    MailPreferences preferences;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        SecurityContextHolder.setContextHolderStrategy(context.getBean(SecurityContextHolderStrategy.class));
        SecurityContextHolder.clearContext();
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void opening_the_link_asks_and_posting_it_stops_that_topic_only() throws Exception {
        var pme = accounts.newOrganisation(OrganisationKind.CLIENT);
        String token = links.newToken();
        MailMessage sent = MailMessage.notification(
                pme.admin().id(),
                pme.organisation().id(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                MailTopic.COMMENTS,
                Instant.now());
        sent.word("a@pme.example", new Letter("s", "t", "h"), MailLinks.hash(token));
        messages.save(sent);
        String url = MailLinks.UNSUBSCRIBE_PREFIX + token;

        MockHttpServletResponse asked = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(asked.getStatus()).isEqualTo(200);
        assertThat(asked.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains(
                        "Confirmez pour ne plus recevoir de courriel pour : Commentaires",
                        "Adresse concernée : a@pme.example")
                .contains("<form method=\"post\">");
        assertThat(mine(pme.admin().username())).containsEntry(MailTopic.COMMENTS, Delivery.DAILY);

        MockHttpServletResponse done = mvc.perform(post(url)).andReturn().getResponse();
        assertThat(done.getStatus()).isEqualTo(200);
        assertThat(done.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("C’est fait");
        assertThat(mine(pme.admin().username()))
                .containsEntry(MailTopic.COMMENTS, Delivery.NEVER)
                .containsEntry(MailTopic.TO_APPROVE, Delivery.IMMEDIATELY);
    }

    @Test
    void an_unknown_link_is_the_same_not_found_whatever_it_looks_like() throws Exception {
        for (String token : new String[] {links.newToken(), "x", "../../admin"}) {
            MockHttpServletResponse response = mvc.perform(post(MailLinks.UNSUBSCRIBE_PREFIX + token))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).isIn(400, 404);
        }
        MockHttpServletResponse response = mvc.perform(get(MailLinks.UNSUBSCRIBE_PREFIX + links.newToken()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Lien introuvable");
    }

    private java.util.Map<MailTopic, Delivery> mine(String username) {
        return TestAccounts.as(username, preferences::mine);
    }
}
