package app.avenant.contract.ui;

import app.avenant.shared.RouteIds;
import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.ContractRuleException;
import app.avenant.contract.ContractWorkspace;
import app.avenant.contract.ContractAccess;
import app.avenant.contract.ContractLifecycle;
import app.avenant.contract.Contracts;
import app.avenant.identity.Users;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The workspace of one contract: its header, then one tab per part of the terms plus the team and the
 * history. Each tab is built when first shown. A malformed id, a missing contract and a contract of which
 * the caller is not a member all give the same "Contrat introuvable".
 */
@Route("contracts/:contractId")
@PermitAll
@StyleSheet(ContractListView.STYLESHEET)
public class ContractWorkspaceView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    static final String CONTRACT_ID = "contractId";
    static final String TAB = "tab";

    private final Contracts contracts;
    private final ContractLifecycle lifecycle;
    private final ContractAccess access;
    private final Users users;
    private final Clock clock;
    private final Map<WorkspaceTab, LazyContent> contents = new EnumMap<>(WorkspaceTab.class);
    private String pageTitle = "";

    public ContractWorkspaceView(Contracts contracts, ContractLifecycle lifecycle, ContractAccess access, Users users,
                                 Clock clock) {
        this.contracts = contracts;
        this.lifecycle = lifecycle;
        this.access = access;
        this.users = users;
        this.clock = clock;
        getContent().addClassName("av-workspace");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        getContent().removeAll();
        contents.clear();
        Optional<UUID> id = event.getRouteParameters().get(CONTRACT_ID).flatMap(RouteIds::parse);
        if (id.isEmpty()) {
            showNotFound();
            return;
        }
        ContractWorkspace workspace;
        try {
            workspace = contracts.workspace(id.get());
        } catch (ContractNotFoundException e) {
            showNotFound();
            return;
        } catch (ContractRuleException e) {
            showMessage(getTranslation(e.messageKey()));
            return;
        }
        WorkspaceTab selected = event.getLocation().getQueryParameters().getSingleParameter(TAB)
                .flatMap(WorkspaceTab::fromParam).orElse(WorkspaceTab.CONTRACT);
        show(workspace, selected);
    }

    private void showNotFound() {
        pageTitle = getTranslation("contract.notFound.title");
        getContent().add(new NotFoundState());
    }

    private void showMessage(String message) {
        pageTitle = getTranslation("contract.list.title");
        getContent().add(new Paragraph(message),
                new RouterLink(getTranslation("contract.notFound.back"), ContractListView.class));
    }

    private void show(ContractWorkspace workspace, WorkspaceTab selected) {
        pageTitle = workspace.reference() + " — " + workspace.title();
        TabSheet sheet = new TabSheet();
        sheet.addClassName("av-workspace-tabs");
        sheet.setWidthFull();
        for (WorkspaceTab tab : WorkspaceTab.values()) {
            LazyContent content = new LazyContent(factory(tab, workspace));
            contents.put(tab, content);
            Tab added = sheet.add(getTranslation(tab.labelKey), content);
            added.setId("tab-" + tab.param);
        }
        sheet.setSelectedIndex(selected.ordinal());
        contents.get(selected).ensureBuilt();
        sheet.addSelectedChangeListener(e -> {
            WorkspaceTab tab = WorkspaceTab.values()[sheet.getSelectedIndex()];
            contents.get(tab).ensureBuilt();
            if (e.isFromClient()) {
                reflectInUrl(workspace.id(), tab);
            }
        });
        getContent().add(new WorkspaceHeader(workspace));
        if (workspace.currentVersion() == 0) {
            getContent().add(new DraftingBanner(workspace.id()));
        }
        getContent().add(sheet);
    }

    private Supplier<Component> factory(WorkspaceTab tab, ContractWorkspace workspace) {
        return switch (tab) {
            case CONTRACT -> () -> new ContractTab(workspace, lifecycle, clock);
            case OBJECTIVES -> () -> new ObjectivesTab(workspace.terms().objectives());
            case SCOPE -> () -> new ScopeTab(workspace.terms().scopeItems());
            case VOLUMES -> () -> new VolumesTab(workspace.terms().scopeItems(), currentMonth());
            case SERVICE_LEVELS -> () -> new ServiceLevelsTab(workspace.terms());
            case TEAM -> () -> new TeamTab(contracts, access, users, workspace, () -> refreshContractTab(workspace.id()));
            case HISTORY -> () -> new HistoryTab(contracts, lifecycle, workspace.id(), workspace.currentVersion());
        };
    }

    private Month currentMonth() {
        return LocalDate.now(clock).getMonth();
    }

    /** After a contact person is named, the Contrat tab shows the new one. */
    private void refreshContractTab(UUID contractId) {
        LazyContent content = contents.get(WorkspaceTab.CONTRACT);
        if (content != null) {
            try {
                ContractWorkspace fresh = contracts.workspace(contractId);
                content.reset(() -> new ContractTab(fresh, lifecycle, clock));
            } catch (ContractNotFoundException e) {
                getContent().removeAll();
                showNotFound();
            }
        }
    }

    private void reflectInUrl(UUID contractId, WorkspaceTab tab) {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("contracts/" + contractId, QueryParameters.of(TAB, tab.param))));
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    /**
     * A contract without any adopted version is being drafted: its first terms are negotiated in a change
     * request, like every amendment. The tabs below show the empty terms it starts from.
     */
    static class DraftingBanner extends Composite<Div> {

        DraftingBanner(UUID contractId) {
            Div root = getContent();
            root.addClassName("av-drafting-banner");
            root.getElement().setAttribute("role", "status");
            Span text = new Span(getTranslation("contract.workspace.drafting"));
            Anchor link = new Anchor("contracts/" + contractId + "/changes",
                    getTranslation("contract.workspace.drafting.link"));
            link.getElement().setAttribute("router-link", true);
            link.addClassName("av-drafting-link");
            root.add(text, link);
        }
    }

    /** Reference, title, status, current version and the two parties. */
    static class WorkspaceHeader extends Composite<Div> {

        WorkspaceHeader(ContractWorkspace workspace) {
            Div root = getContent();
            root.addClassName("av-workspace-header");
            RouterLink back = new RouterLink("← " + getTranslation("contract.workspace.back"), ContractListView.class);
            back.addClassName("av-back");
            Span reference = new Span(workspace.reference());
            reference.addClassName("av-reference");
            H2 title = new H2(workspace.title());
            Div line = new Div(reference,
                    new Pill(Labels.status(this, workspace.status()), Pill.toneOf(workspace.status())),
                    new Span(getTranslation("contract.workspace.currentVersion",
                            Labels.version(this, workspace.currentVersion()))),
                    new Span(getTranslation("contract.workspace.myRole", Labels.role(this, workspace.myRole()))));
            line.addClassName("av-header-line");
            Paragraph parties = new Paragraph(getTranslation("contract.workspace.parties",
                    workspace.client().organisationName(), workspace.provider().organisationName()));
            parties.addClassName("av-parties");
            // A route string, not the view class: the change module depends on this one, not the reverse.
            Anchor changes = new Anchor("contracts/" + workspace.id() + "/changes",
                    getTranslation("contract.workspace.changeRequests"));
            changes.getElement().setAttribute("router-link", true);
            changes.addClassName("av-change-requests-link");
            // Same for the performance screens: that module depends on this one.
            Anchor performance = new Anchor("contracts/" + workspace.id() + "/overview",
                    getTranslation("contract.workspace.performance"));
            performance.getElement().setAttribute("router-link", true);
            performance.addClassName("av-performance-link");
            Anchor reviews = new Anchor("contracts/" + workspace.id() + "/reviews",
                    getTranslation("contract.workspace.reviews"));
            reviews.getElement().setAttribute("router-link", true);
            reviews.addClassName("av-reviews-link");
            Div links = new Div(changes, performance, reviews);
            // the trail is for each side's owner only (the audit module refuses everyone else)
            if (workspace.myRole().isOwner()) {
                Anchor audit = new Anchor("contracts/" + workspace.id() + "/audit",
                        getTranslation("contract.workspace.audit"));
                audit.getElement().setAttribute("router-link", true);
                audit.addClassName("av-audit-link");
                links.add(audit);
            }
            links.addClassName("av-inline");
            root.add(back, title, line, parties, links);
        }
    }
}
