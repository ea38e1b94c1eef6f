package app.avenant.performance.ui;

import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.ContractRole;
import app.avenant.contract.ContractSummary;
import app.avenant.contract.Contracts;
import app.avenant.contract.ui.ContractNavigation;
import app.avenant.shared.ui.ContractPageFrame;
import app.avenant.shared.ui.NotFoundState;
import app.avenant.shared.ui.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Optional;
import java.util.UUID;

/**
 * The frame of every performance screen of one contract: reads the contract id from the route, answers
 * "Contrat introuvable" for a malformed id, a missing contract or a non-member (nobody learns whether it
 * exists), and shows the contract's reference with links to the workspace and to the four performance
 * screens. Subclasses fill the body once the caller is known to be a member.
 */
public abstract class PerformancePage extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    public static final String CONTRACT_ID = ContractPageFrame.CONTRACT_ID;
    public static final String STYLESHEET = "context://styles/performance.css";

    /** The performance screens, in the order of the navigation bar. */
    public enum Page {
        OVERVIEW(OverviewView.class, "overview", "performance.nav.overview"),
        INDICATORS(IndicatorsView.class, "indicators", "performance.nav.indicators"),
        STATEMENT(StatementView.class, "statement", "performance.nav.statement"),
        DELIVERABLES(DeliverablesView.class, "deliverables", "performance.nav.deliverables");

        final Class<? extends PerformancePage> view;
        final String path;
        final String labelKey;

        Page(Class<? extends PerformancePage> view, String path, String labelKey) {
            this.view = view;
            this.path = path;
            this.labelKey = labelKey;
        }

        public String route(UUID contractId) {
            return PerformanceNavigation.url(this, contractId);
        }
    }

    protected final Contracts contracts;
    private final Page page;
    private String pageTitle = "";

    protected PerformancePage(Contracts contracts, Page page) {
        this.contracts = contracts;
        this.page = page;
        getContent().addClassNames("av-performance", "av-performance-" + page.path);
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        getContent().removeAll();
        Optional<Member> member = ContractPageFrame.load(
                event, CONTRACT_ID, id -> new Member(contracts.myRole(id), contracts.summary(id)));
        if (member.isEmpty()) {
            pageTitle = getTranslation("contract.notFound.title");
            getContent().add(new NotFoundState());
            return;
        }
        ContractSummary contract = member.get().contract();
        ContractRole role = member.get().role();
        pageTitle = getTranslation(page.labelKey) + " — " + contract.reference();
        getContent().add(header(contract));
        try {
            getContent().add(body(contract, role, event));
        } catch (ContractNotFoundException e) {
            // membership removed between the two calls: same answer as for a stranger
            getContent().removeAll();
            pageTitle = getTranslation("contract.notFound.title");
            getContent().add(new NotFoundState());
        }
    }

    private record Member(ContractRole role, ContractSummary contract) {}

    /** The screen itself, for a member of the contract with that role. */
    protected abstract Component body(ContractSummary contract, ContractRole role, BeforeEnterEvent event);

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    private Component header(ContractSummary contract) {
        Component[] frame = ContractPageFrame.header(
                ContractNavigation.workspace(contract.id()),
                getTranslation("performance.nav.workspace"),
                getTranslation(page.labelKey),
                contract.reference(),
                contract.title());
        Nav nav = new Nav();
        nav.addClassName("av-performance-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("performance.nav.label"));
        for (Page p : Page.values()) {
            Anchor a = link(p.route(contract.id()), getTranslation(p.labelKey));
            if (p == page) {
                a.getElement().setAttribute("aria-current", "page");
                a.addClassName("av-current");
            }
            nav.add(a);
        }
        Div header = new Div(frame);
        header.add(nav);
        header.addClassName("av-performance-header");
        return header;
    }

    /** A link to another screen, followed without reloading the page. */
    public static Anchor link(String url, String text) {
        return Routes.link(url, text);
    }
}
