package app.avenant.performance.ui;

import java.util.Optional;
import java.util.UUID;

import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.ContractRole;
import app.avenant.contract.ContractSummary;
import app.avenant.contract.Contracts;
import app.avenant.shared.RouteIds;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The frame of every performance screen of one contract: reads the contract id from the route, answers
 * "Contrat introuvable" for a malformed id, a missing contract or a non-member (nobody learns whether it
 * exists), and shows the contract's reference with links to the workspace and to the four performance
 * screens. Subclasses fill the body once the caller is known to be a member.
 */
public abstract class PerformancePage extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    public static final String CONTRACT_ID = "contractId";
    public static final String STYLESHEET = "context://styles/performance.css";

    /** The performance screens, in the order of the navigation bar. */
    public enum Page {
        OVERVIEW("overview", "performance.nav.overview"),
        INDICATORS("indicators", "performance.nav.indicators"),
        STATEMENT("statement", "performance.nav.statement"),
        DELIVERABLES("deliverables", "performance.nav.deliverables");

        final String path;
        final String labelKey;

        Page(String path, String labelKey) {
            this.path = path;
            this.labelKey = labelKey;
        }

        public String route(UUID contractId) {
            return "contracts/" + contractId + "/" + path;
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
        Optional<UUID> id = event.getRouteParameters().get(CONTRACT_ID).flatMap(RouteIds::parse);
        ContractSummary contract;
        ContractRole role;
        try {
            if (id.isEmpty()) {
                throw new ContractNotFoundException(new UUID(0, 0));
            }
            role = contracts.myRole(id.get());
            contract = contracts.summary(id.get());
        } catch (ContractNotFoundException e) {
            pageTitle = getTranslation("contract.notFound.title");
            getContent().add(notFound());
            return;
        }
        pageTitle = getTranslation(page.labelKey) + " — " + contract.reference();
        getContent().add(header(contract));
        try {
            getContent().add(body(contract, role, event));
        } catch (ContractNotFoundException e) {
            // membership removed between the two calls: same answer as for a stranger
            getContent().removeAll();
            pageTitle = getTranslation("contract.notFound.title");
            getContent().add(notFound());
        }
    }

    /** The screen itself, for a member of the contract with that role. */
    protected abstract Component body(ContractSummary contract, ContractRole role, BeforeEnterEvent event);

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    private Component header(ContractSummary contract) {
        Anchor back = link("contracts/" + contract.id(), "← " + getTranslation("performance.nav.workspace"));
        back.addClassName("av-back");
        Span reference = new Span(contract.reference() + " — " + contract.title());
        reference.addClassName("av-reference");
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
        Div header = new Div(back, new H2(getTranslation(page.labelKey)), reference, nav);
        header.addClassName("av-performance-header");
        return header;
    }

    private Component notFound() {
        Div root = new Div(new H2(getTranslation("contract.notFound.title")),
                new Paragraph(getTranslation("contract.notFound.text")),
                link("", getTranslation("contract.notFound.back")));
        root.addClassName("av-not-found");
        return root;
    }

    /** A link to another screen by route string, followed without reloading the page. */
    public static Anchor link(String route, String text) {
        Anchor anchor = new Anchor(route, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }
}
