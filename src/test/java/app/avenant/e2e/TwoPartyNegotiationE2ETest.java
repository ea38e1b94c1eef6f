package app.avenant.e2e;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.change.ChangeRequests;
import app.avenant.change.NewChangeRequest;
import app.avenant.contract.ContractFilter;
import app.avenant.contract.Contracts;
import app.avenant.contract.terms.ContractHeader;
import app.avenant.contract.terms.ObjectiveKind;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two real browsers over the running portal: the PME's comment appears on the provider's open change
 * request screen through server push, without any reload. Run by .ci/run (tag "e2e"); needs Debian's
 * chromium and chromium-driver.
 */
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TwoPartyNegotiationE2ETest {

    private static final String DEMO_PASSWORD = "Avenant-demo-2026";

    @LocalServerPort
    int port;

    @Autowired
    Contracts contracts;

    @Autowired
    ChangeRequests changeRequests;

    @Test
    void the_providers_open_screen_shows_the_pme_comment_without_reload() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID contractId = as(
                        "claire.martin", () -> contracts.myContracts(new ContractFilter(null, "AV-2026-001"), 0, 5))
                .getFirst()
                .id();
        UUID request = as(
                "paul.durand",
                () -> changeRequests.propose(
                        contractId,
                        new NewChangeRequest(
                                "Volume de janvier " + tag, "Pic saisonnier des factures", ObjectiveKind.TIME_SAVED)));
        // a request must change something before it is submitted: one more month of notice
        as("paul.durand", () -> {
            var detail = changeRequests.detail(request);
            var header = detail.proposed().header();
            changeRequests.revise(
                    request,
                    detail.version(),
                    detail.proposed()
                            .withHeader(new ContractHeader(
                                    header.startDate(),
                                    header.initialTermMonths(),
                                    header.renewal(),
                                    header.renewalTermMonths(),
                                    header.noticePeriodMonths() + 1,
                                    header.atRiskPercent(),
                                    header.penaltyCapAmount())),
                    "");
        });
        as(
                "paul.durand",
                () -> changeRequests.submit(
                        request, changeRequests.detail(request).version()));
        String base = "http://localhost:" + port;

        try (BrowserSession pme = BrowserSession.open(base).signIn("paul.durand", DEMO_PASSWORD);
                BrowserSession provider = BrowserSession.open(base).signIn("julien.moreau", DEMO_PASSWORD)) {
            provider.go("changes/" + request);
            provider.waitFor(
                    d -> provider.text().contains("Volume de janvier " + tag) ? true : null, Duration.ofSeconds(30));
            // A reload would wipe this marker: its survival proves the comment arrived by push.
            ((JavascriptExecutor) provider.driver()).executeScript("window.avenantMarker = 'still-here';");

            pme.go("changes/" + request);
            WebElement text = pme.waitFor(
                    d -> d.findElement(By.cssSelector(".av-cr-comment-form vaadin-text-area textarea")),
                    Duration.ofSeconds(30));
            String message = "Pouvez-vous confirmer le volume de janvier ? " + tag;
            text.sendKeys(message);
            pme.driver()
                    .findElement(By.xpath("//vaadin-button[normalize-space(.)='Publier']"))
                    .click();
            long sent = System.nanoTime();

            provider.waitFor(d -> provider.text().contains(message) ? true : null, Duration.ofSeconds(10));
            long millis = (System.nanoTime() - sent) / 1_000_000;
            System.out.printf("e2e: the comment reached the provider's open screen in %d ms%n", millis);

            assertThat(provider.text()).contains(message);
            assertThat(((JavascriptExecutor) provider.driver()).executeScript("return window.avenantMarker;"))
                    .isEqualTo("still-here");
        }
    }
}
