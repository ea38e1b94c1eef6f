package app.avenant.contract.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.identity.Users;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** A user who chose English reads the same screens in English, amounts still in euros. */
@Transactional
class EnglishContractScreensTest extends ContractUiTest {

    @Autowired
    Users users;

    @Test
    void the_workspace_speaks_english_and_formats_euros_the_english_way() {
        login("paul.durand");
        users.changeMyLocale(Locale.UK);
        reloadPage();
        assertThat(uiLocale().getLanguage()).isEqualTo("en");

        openWorkspace(idOf(BOOKKEEPING));
        String volumes = text(selectTab(WorkspaceTab.VOLUMES));

        assertThat(volumes)
                .contains(
                        "Baseline volume",
                        "1,040 per month",
                        "Graduated bands",
                        "€1.80",
                        "€1,968.00",
                        "January",
                        "×1.3");
        assertThat(text(selectTab(WorkspaceTab.CONTRACT))).contains("Tacit renewal", "12 months", "€5,000.00");
    }
}
