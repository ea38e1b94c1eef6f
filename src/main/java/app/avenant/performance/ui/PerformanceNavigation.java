package app.avenant.performance.ui;

import app.avenant.performance.ui.PerformancePage.Page;
import app.avenant.shared.ui.ContractPageFrame;
import app.avenant.shared.ui.Routes;
import app.avenant.shared.ui.ScreenLink;
import app.avenant.shared.ui.ScreenLink.Target;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.NamedInterface;

/**
 * The way to a contract's performance screens, for this module and the modules that depend on it (named
 * interface {@code performance :: navigation}): URLs come from the views' routes (docs/decisions/0021).
 */
@NamedInterface("navigation")
public final class PerformanceNavigation {

    private PerformanceNavigation() {}

    /** The "Vue d'ensemble": service levels, deadlines and alerts of the contract. */
    public static String overview(UUID contractId) {
        return url(Page.OVERVIEW, contractId);
    }

    /** The contract's "Livrables". */
    public static String deliverables(UUID contractId) {
        return url(Page.DELIVERABLES, contractId);
    }

    /** The query parameter that opens "Livrables" on the late ones only. */
    public static final String LATE_PARAMETER = "retard";

    /** The contract's "Livrables", only those late (not delivered, due before today). */
    public static String lateDeliverables(UUID contractId) {
        return Routes.withQuery(deliverables(contractId), LATE_PARAMETER, "1");
    }

    /** The "Relevé mensuel", on the month to validate by default. */
    public static String statement(UUID contractId) {
        return url(Page.STATEMENT, contractId);
    }

    /** The statement opened on one month ({@code month} ISO, "2026-10"), as a notification about it leads there. */
    public static String statement(UUID contractId, String month) {
        return Routes.withQuery(statement(contractId), StatementMonths.PARAMETER, month);
    }

    public static String url(Page page, UUID contractId) {
        return Routes.url(page.view, ContractPageFrame.CONTRACT_ID, contractId);
    }

    public static Anchor link(Page page, UUID contractId, String text) {
        return Routes.link(url(page, contractId), text);
    }

    public static void to(Page page, UUID contractId, QueryParameters query) {
        UI.getCurrent().navigate(url(page, contractId), query);
    }

    /** The overview linked from the contract workspace, which may not know this module. */
    @Configuration(proxyBeanMethods = false)
    static class Screens {

        @Bean
        ScreenLink performanceOverviewScreen() {
            return ScreenLink.of(Target.PERFORMANCE_OVERVIEW, id -> overview(Objects.requireNonNull(id)));
        }
    }
}
