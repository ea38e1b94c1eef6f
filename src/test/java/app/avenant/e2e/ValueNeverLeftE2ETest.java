package app.avenant.e2e;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.change.ChangeRequests;
import app.avenant.change.NewChangeRequest;
import app.avenant.change.draft.ProposalDrafts;
import app.avenant.contract.ContractFilter;
import app.avenant.contract.Contracts;
import app.avenant.contract.terms.ObjectiveKind;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A price typed in the proposal editor, the cursor left in the field, then the browser closed: the same person
 * finds it in a new browser (docs/decisions/0030, addendum). The field sends its value after a pause in typing.
 */
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ValueNeverLeftE2ETest {

    private static final String DEMO_PASSWORD = "Avenant-demo-2026";

    /** The first visible unit price of the editor, as a person finds it by its label. */
    private static final String FIRST_PRICE = """
            return [...document.querySelectorAll('vaadin-text-field.av-num-field input')].find(i => {
              const host = i.closest('vaadin-text-field');
              const label = (host.getAttribute('aria-label') || '') + ' '
                  + ((host.querySelector(':scope > label') || {}).textContent || '');
              return i.getClientRects().length > 0 && /prix unitaire/i.test(label);
            }) || null;
            """;

    @LocalServerPort
    int port;

    @Autowired
    Contracts contracts;

    @Autowired
    ChangeRequests changeRequests;

    @Autowired
    ProposalDrafts drafts;

    @Test
    void a_price_typed_and_never_left_comes_back_after_the_browser_is_closed() throws Exception {
        String base = "http://localhost:" + port;
        UUID contractId = as("paul.durand", () -> contracts.myContracts(new ContractFilter(null, "AV-2026-001"), 0, 5))
                .getFirst()
                .id();
        UUID request = as(
                "paul.durand",
                () -> changeRequests.propose(
                        contractId,
                        new NewChangeRequest("Prix gardé", "Frappé puis navigateur fermé", ObjectiveKind.COST)));
        String typed = "1,87";

        try (BrowserSession first = BrowserSession.open(base).signIn("paul.durand", DEMO_PASSWORD)) {
            first.go("changes/" + request + "/edit");
            WebElement price = first.waitFor(d -> (WebElement) ((JavascriptExecutor) d).executeScript(FIRST_PRICE));
            ((JavascriptExecutor) first.driver())
                    .executeScript("arguments[0].scrollIntoView({block: 'center'});", price);
            price.click();
            price.sendKeys(Keys.chord(Keys.CONTROL, "a"), typed);

            // the pause in typing sends the value, the cursor still in the field: the draft holds it
            first.waitFor(
                    d -> as("paul.durand", () -> drafts.mine(request)).isPresent() ? true : null,
                    Duration.ofSeconds(10));
            assertThat(((JavascriptExecutor) first.driver())
                            .executeScript("return document.activeElement === arguments[0];", price))
                    .as("the field was never left")
                    .isEqualTo(true);
        } // the browser is closed here, the cursor still in the field

        try (BrowserSession again = BrowserSession.open(base).signIn("paul.durand", DEMO_PASSWORD)) {
            again.go("changes/" + request + "/edit");
            again.waitForText("Vos modifications non enregistrées du");
            again.waitFor(d -> again.anyInputShows(typed) ? true : null);
        }
    }
}
