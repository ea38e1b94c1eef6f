package app.avenant.portal.ui;

import static app.avenant.testing.TestAccounts.as;

import app.avenant.change.ChangeRequests;
import app.avenant.contract.ContractFilter;
import app.avenant.contract.Contracts;
import app.avenant.governance.Reviews;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Every screen of the demo contract AV-2026-001, by name, with its route: what the screen measurements open. */
final class DemoScreens {

    private DemoScreens() {}

    static Map<String, String> routes(Contracts contracts, ChangeRequests changes, Reviews reviews) {
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
        return routes;
    }
}
