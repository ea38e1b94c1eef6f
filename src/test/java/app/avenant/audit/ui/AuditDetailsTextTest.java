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
    void english_readers_get_english() {
        UI.getCurrent().setLocale(Locale.UK);
        assertThat(AuditDetailsText.of("changeRequest=7 revision=3", host)).isEqualTo("request no. 7, revision 3");
    }
}
