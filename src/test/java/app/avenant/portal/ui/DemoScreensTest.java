package app.avenant.portal.ui;

import static app.avenant.testing.TestAccounts.as;

import app.avenant.change.ChangeRequests;
import app.avenant.contract.ContractFilter;
import app.avenant.contract.Contracts;
import app.avenant.governance.Reviews;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the screen measurements share: every screen of the demo contract AV-2026-001, by name, with its route, and
 * a navigation in a request of its own, as a browser's round trip.
 */
abstract class DemoScreensTest extends UiTest {

    /** Each measured screen is opened from this one, as a person clicks from screen to screen. */
    static final String OTHER_SCREEN = "me/calendar";

    @Autowired
    Contracts contracts;

    @Autowired
    ChangeRequests changes;

    @Autowired
    Reviews reviews;

    /** The screens by name, with their routes; Claire Martin (the PME's owner) is signed in to open them. */
    Map<String, String> demoRoutes() {
        String claire = "claire.martin";
        UUID contract = as(claire, () -> contracts.myContracts(ContractFilter.all(), 0, 50)).stream()
                .filter(c -> c.reference().equals("AV-2026-001"))
                .findFirst()
                .orElseThrow()
                .id();
        UUID request =
                as(claire, () -> changes.list(contract, null, 0, 1)).getFirst().id();
        UUID review = as(claire, () -> reviews.list(contract, 0, 1)).getFirst().id();

        Map<String, String> routes = new LinkedHashMap<>();
        routes.put("contract list", "");
        routes.put("workspace", "contracts/" + contract);
        routes.put("history (workspace tab)", "contracts/" + contract + "?tab=history");
        routes.put("compare v2 → v3", "contracts/" + contract + "/compare/2/3");
        routes.put("change requests", "contracts/" + contract + "/changes");
        routes.put("change request", "changes/" + request);
        routes.put("overview", "contracts/" + contract + "/overview");
        routes.put("indicators", "contracts/" + contract + "/indicators");
        routes.put("statement", "contracts/" + contract + "/statement");
        routes.put("deliverables", "contracts/" + contract + "/deliverables");
        routes.put("reviews", "contracts/" + contract + "/reviews");
        routes.put("review", "reviews/" + review);
        routes.put("access review", "contracts/" + contract + "/access");
        routes.put("register", "contracts/" + contract + "/register");
        routes.put("audit trail", "contracts/" + contract + "/audit");
        login(claire);
        return routes;
    }

    /**
     * Work in a request of its own, as a browser's round trip: with what it queued for the UI and what runs before
     * the response is written (a grid fetches its first rows then).
     */
    static void inNewRequest(Runnable work) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        work.run();
        MockVaadin.clientRoundtrip(false);
    }
}
