package app.avenant.contract.ui;

import app.avenant.contract.ContractAccess;
import app.avenant.contract.ContractLifecycle;
import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.ContractRuleException;
import app.avenant.contract.ContractTemplates;
import app.avenant.contract.ContractWorkspace;
import app.avenant.contract.Contracts;
import app.avenant.contract.VersionOrigins;
import app.avenant.identity.Users;
import app.avenant.shared.RouteIds;
import app.avenant.shared.ui.ContractPageFrame;
import app.avenant.shared.ui.NotFoundState;
import app.avenant.shared.ui.Routes;
import app.avenant.shared.ui.ScreenLink.Target;
import app.avenant.shared.ui.ScreenLinks;
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
import org.springframework.beans.factory.ObjectProvider;

/**
 * The workspace of one contract: its header, then one tab per part of the terms plus the team and the
 * history. Each tab is built when first shown. A malformed id, a missing contract and a contract of which
 * the caller is not a member all give the same "Contrat introuvable".
 */
@Route("contracts/:contractId")
@PermitAll
@StyleSheet(ContractListView.STYLESHEET)
public class ContractWorkspaceView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    static final String CONTRACT_ID = ContractPageFrame.CONTRACT_ID;
    static final String TAB = "tab";

    private final Contracts contracts;
    private final ContractLifecycle lifecycle;
    private final ContractAccess access;
    private final Users users;
    private final Clock clock;
    private final ScreenLinks links;
    private final ObjectProvider<VersionOrigins> versionOrigins;
    private final Map<WorkspaceTab, LazyContent> contents = new EnumMap<>(WorkspaceTab.class);
    private String pageTitle = "";

    private final ContractTemplates templates;

    public ContractWorkspaceView(
            Contracts contracts,
            ContractLifecycle lifecycle,
            ContractAccess access,
            Users users,
            Clock clock,
            ScreenLinks links,
            ObjectProvider<VersionOrigins> versionOrigins,
            ContractTemplates templates) {
        this.templates = templates;
        this.contracts = contracts;
        this.lifecycle = lifecycle;
        this.access = access;
        this.users = users;
        this.clock = clock;
        this.links = links;
        this.versionOrigins = versionOrigins;
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
        WorkspaceTab selected = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(TAB)
                .flatMap(WorkspaceTab::fromParam)
                .orElse(WorkspaceTab.CONTRACT);
        show(workspace, selected);
    }

    private void showNotFound() {
        pageTitle = getTranslation("contract.notFound.title");
        getContent().add(new NotFoundState());
    }

    private void showMessage(String message) {
        pageTitle = getTranslation("contract.list.title");
        getContent()
                .add(
                        new Paragraph(message),
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
        getContent().add(new WorkspaceHeader(workspace, links));
        if (workspace.currentVersion() == 0) {
            links.url(Target.CHANGE_REQUESTS, workspace.id())
                    .ifPresent(url -> getContent().add(new DraftingBanner(url)));
        }
        getContent().add(sheet);
    }

    private Supplier<Component> factory(WorkspaceTab tab, ContractWorkspace workspace) {
        return switch (tab) {
            case CONTRACT -> () -> new ContractTab(workspace, lifecycle, clock, propose(workspace), templates);
            case OBJECTIVES -> () -> new ObjectivesTab(workspace.terms().objectives(), propose(workspace));
            case SCOPE -> () -> new ScopeTab(workspace.id(), workspace.terms().scopeItems(), propose(workspace));
            case VOLUMES -> () -> new VolumesTab(workspace.terms().scopeItems(), currentMonth(), propose(workspace));
            case SERVICE_LEVELS -> () -> new ServiceLevelsTab(workspace.terms(), propose(workspace));
            case TEAM ->
                () -> new TeamTab(contracts, access, users, workspace, () -> refreshContractTab(workspace.id()));
            case HISTORY ->
                () -> new HistoryTab(
                        contracts,
                        lifecycle,
                        new Origins(versionOrigins.getIfAvailable(), links),
                        workspace.id(),
                        workspace.currentVersion());
        };
    }

    private ProposeChange propose(ContractWorkspace workspace) {
        return ProposeChange.of(links, workspace, this);
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
                content.reset(() -> new ContractTab(fresh, lifecycle, clock, propose(fresh), templates));
            } catch (ContractNotFoundException e) {
                getContent().removeAll();
                showNotFound();
            }
        }
    }

    private void reflectInUrl(UUID contractId, WorkspaceTab tab) {
        getUI().ifPresent(ui ->
                ui.getPage().getHistory().replaceState(null, new Location(ContractNavigation.tab(contractId, tab))));
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

        DraftingBanner(String changeRequestsUrl) {
            Div root = getContent();
            root.addClassName("av-drafting-banner");
            root.getElement().setAttribute("role", "status");
            Span text = new Span(getTranslation("contract.workspace.drafting"));
            Anchor link = Routes.link(changeRequestsUrl, getTranslation("contract.workspace.drafting.link"));
            link.addClassName("av-drafting-link");
            root.add(text, link);
        }
    }

    /** Reference, title, status, current version and the two parties. */
    static class WorkspaceHeader extends Composite<Div> {

        WorkspaceHeader(ContractWorkspace workspace, ScreenLinks screens) {
            Div root = getContent();
            root.addClassName("av-workspace-header");
            RouterLink back = new RouterLink("← " + getTranslation("contract.workspace.back"), ContractListView.class);
            back.addClassName("av-back");
            Span reference = new Span(workspace.reference());
            reference.addClassName("av-reference");
            H2 title = new H2(workspace.title());
            Div line = new Div(
                    reference,
                    new Pill(Labels.status(this, workspace.status()), Pill.toneOf(workspace.status())),
                    new Span(getTranslation(
                            "contract.workspace.currentVersion", Labels.version(this, workspace.currentVersion()))),
                    new Span(getTranslation("contract.workspace.myRole", Labels.role(this, workspace.myRole()))));
            line.addClassName("av-header-line");
            Paragraph parties = new Paragraph(getTranslation(
                    "contract.workspace.parties",
                    workspace.client().organisationName(),
                    workspace.provider().organisationName()));
            parties.addClassName("av-parties");
            // the change, performance, governance and audit modules depend on this one: their screens come
            // as ScreenLinks, each built by its module's navigation
            Div links = new Div();
            link(
                    links,
                    screens,
                    Target.CHANGE_REQUESTS,
                    workspace,
                    "contract.workspace.changeRequests",
                    "av-change-requests-link");
            link(
                    links,
                    screens,
                    Target.PERFORMANCE_OVERVIEW,
                    workspace,
                    "contract.workspace.performance",
                    "av-performance-link");
            link(links, screens, Target.REVIEWS, workspace, "contract.workspace.reviews", "av-reviews-link");
            link(links, screens, Target.CONTRACT_FILES, workspace, "contract.workspace.files", "av-files-link");
            // the trail is for each side's owner only (the audit module refuses everyone else)
            if (workspace.myRole().isOwner()) {
                link(links, screens, Target.AUDIT_TRAIL, workspace, "contract.workspace.audit", "av-audit-link");
            }
            links.addClassName("av-inline");
            root.add(back, title, line, parties, links);
        }

        private void link(
                Div links,
                ScreenLinks screens,
                Target target,
                ContractWorkspace workspace,
                String textKey,
                String className) {
            screens.url(target, workspace.id()).ifPresent(url -> {
                Anchor anchor = Routes.link(url, getTranslation(textKey));
                anchor.addClassName(className);
                links.add(anchor);
            });
        }
    }
}
