package app.avenant.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.testing.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "changeRequest=1 revision=3" and "side=PROVIDER kept=2 revoked=0" meant nothing to a gérante. */
class AuditDetailsTextTest extends UiTest {

    private final Div host = new Div();

    @BeforeEach
    void signIn() {
        login("claire.martin");
        UI.getCurrent().add(host);
    }

    @Test
    void technical_details_read_as_plain_french() {
        assertThat(AuditDetailsText.of("changeRequest=7 revision=3", host)).isEqualTo("demande n° 7, révision 3");
        assertThat(AuditDetailsText.of("side=PROVIDER kept=2 revoked=0", host))
                .isEqualTo("côté Prestataire, 2 accès maintenu(s), 0 retiré(s)");
        assertThat(AuditDetailsText.of("changeRequest=2 version=4", host)).isEqualTo("demande n° 2, version 4");
    }

    @Test
    void identifiers_are_left_out_and_unknown_keys_shown_as_written() {
        assertThat(AuditDetailsText.of("user=2f1c3a0e-0000-4000-8000-000000000001 role=CLIENT_OWNER", host))
                .isEqualTo("rôle Propriétaire PME");
        assertThat(AuditDetailsText.of("mystery=42", host)).isEqualTo("mystery=42");
        assertThat(AuditDetailsText.of("", host)).isEmpty();
    }

    @Test
    void the_person_an_entry_is_about_is_named_and_dates_and_none_read_as_words() {
        assertThat(AuditDetailsText.of(
                        "user=2f1c3a0e-0000-4000-8000-000000000001 role=CLIENT_EDITOR", "Paul Durand", host))
                .isEqualTo("Paul Durand, rôle Éditeur PME");
        assertThat(AuditDetailsText.of("user=2f1c3a0e-0000-4000-8000-000000000001 expiresOn=none", "Léa Bernard", host))
                .isEqualTo("Léa Bernard, sans date de fin d’accès");
        assertThat(AuditDetailsText.of("user=2f1c3a0e-0000-4000-8000-000000000001 expiresOn=2026-12-31", null, host))
                .isEqualTo("fin d’accès 31/12/2026");
        // Paris time: 09:00 UTC is 10:00 in November
        assertThat(AuditDetailsText.of("from=2026-11-05T09:00:00Z due=2026-12-05", host))
                .isEqualTo("de « 05/11/2026 10:00 », échéance 05/12/2026");
    }

    @Test
    void an_rgpd_checklist_entry_reads_its_item_and_status_as_the_register_shows_them() {
        assertThat(AuditDetailsText.of("item=SECURITY status=NON_CONFORME", host))
                .isEqualTo("élément Mesures de sécurité (article 32), statut Non conforme");
        assertThat(AuditDetailsText.of("item=AUDITS status=A_VERIFIER", host))
                .isEqualTo("élément Mise à disposition des informations et audits, statut À vérifier");
        // a contract's status still reads as one
        assertThat(AuditDetailsText.of("from=DRAFT to=ACTIVE", host)).isEqualTo("de « Brouillon », à « Actif »");
    }

    @Test
    void english_readers_get_english() {
        UI.getCurrent().setLocale(Locale.UK);
        assertThat(AuditDetailsText.of("changeRequest=7 revision=3", host)).isEqualTo("request no. 7, revision 3");
    }
}
