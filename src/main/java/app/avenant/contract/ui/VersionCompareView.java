package app.avenant.contract.ui;

import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.ContractRuleException;
import app.avenant.contract.Contracts;
import app.avenant.contract.Provenance;
import app.avenant.contract.VersionComparison;
import app.avenant.contract.VersionOrigin;
import app.avenant.contract.VersionOrigins;
import app.avenant.contract.VersionSummary;
import app.avenant.shared.RouteIds;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.DocumentLinks;
import app.avenant.shared.ui.NotFoundState;
import app.avenant.shared.ui.ScreenLinks;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.beans.factory.ObjectProvider;

/**
 * What changed from one version of a contract to another, as {@link Contracts#compare} reports it. A
 * malformed address, a contract the caller may not see and an unknown version all show "Contrat introuvable".
 * When the versions in between came from change requests, it says who proposed each change and in which
 * request, and lists those requests with their reason and approvals ({@link VersionOrigins}, decision 0026).
 */
@Route("contracts/:contractId/compare/:from/:to")
@PermitAll
@StyleSheet(ContractListView.STYLESHEET)
public class VersionCompareView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    static final String FROM = "from";
    static final String TO = "to";

    private final Contracts contracts;
    private final Origins origins;
    private String pageTitle = "";

    public VersionCompareView(Contracts contracts, ObjectProvider<VersionOrigins> versionOrigins, ScreenLinks links) {
        this.contracts = contracts;
        this.origins = new Origins(versionOrigins.getIfAvailable(), links);
        getContent().addClassName("av-compare");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        getContent().removeAll();
        Optional<UUID> id = event.getRouteParameters()
                .get(ContractWorkspaceView.CONTRACT_ID)
                .flatMap(RouteIds::parse);
        Optional<Integer> fromNumber = event.getRouteParameters().get(FROM).flatMap(VersionCompareView::parseVersion);
        Optional<Integer> toNumber = event.getRouteParameters().get(TO).flatMap(VersionCompareView::parseVersion);
        if (id.isEmpty() || fromNumber.isEmpty() || toNumber.isEmpty()) {
            showNotFound();
            return;
        }
        VersionComparison comparison;
        long versionCount;
        List<VersionOrigin> between;
        try {
            comparison = contracts.compare(id.get(), fromNumber.get(), toNumber.get());
            versionCount = contracts.countVersions(id.get());
            // the versions after the older one up to the newer one: the requests that made the differences
            int low = Math.min(fromNumber.get(), toNumber.get());
            int high = Math.max(fromNumber.get(), toNumber.get());
            between = origins.attributed(id.get(), low + 1, high);
        } catch (ContractNotFoundException | ContractRuleException | NoSuchElementException e) {
            showNotFound();
            return;
        }
        show(id.get(), comparison, (int) versionCount, new Provenance(between));
    }

    static Optional<Integer> parseVersion(String text) {
        if (!text.matches("[1-9]\\d{0,8}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text));
    }

    private void showNotFound() {
        pageTitle = getTranslation("contract.notFound.title");
        getContent().add(new NotFoundState());
    }

    private void show(UUID contractId, VersionComparison comparison, int versionCount, Provenance provenance) {
        String fromLabel = Labels.version(this, comparison.from().number());
        String toLabel = Labels.version(this, comparison.to().number());
        pageTitle = getTranslation("contract.compare.title", fromLabel, toLabel);

        RouterLink back = new RouterLink(
                "← " + getTranslation("contract.compare.back"),
                ContractWorkspaceView.class,
                new RouteParameters(ContractWorkspaceView.CONTRACT_ID, contractId.toString()));
        back.setQueryParameters(QueryParameters.of(ContractWorkspaceView.TAB, WorkspaceTab.HISTORY.param));
        back.addClassName("av-back");

        Select<Integer> from = new Select<>();
        Select<Integer> to = new Select<>();
        configure(
                from,
                "contract.history.compare.from",
                versionCount,
                comparison.from().number());
        configure(
                to, "contract.history.compare.to", versionCount, comparison.to().number());
        from.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                ContractNavigation.toCompare(contractId, e.getValue(), to.getValue());
            }
        });
        to.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                ContractNavigation.toCompare(contractId, from.getValue(), e.getValue());
            }
        });
        HorizontalLayout selects = new HorizontalLayout(from, to, documents(contractId, comparison, provenance));
        selects.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        selects.addClassName("av-toolbar");
        selects.setWrap(true);

        Div versions = new Div(version(comparison.from()), version(comparison.to()));
        versions.addClassName("av-compare-versions");
        getContent().add(back, new H2(pageTitle), selects, versions);
        if (!provenance.requests().isEmpty()) {
            getContent().add(new OriginsPanel(provenance.requests(), origins));
        }
        getContent().add(new TermsDiffView(comparison.diff(), provenance, origins));
    }

    /**
     * The PDFs of the two versions, older first, and of every amendment between them (amendment n° k made version
     * k + 1): a gérante comparing v1 with v3 finds both amendments she signed.
     */
    private Div documents(UUID contractId, VersionComparison comparison, Provenance provenance) {
        Div links = new Div();
        links.addClassName("av-pdf-links");
        int older = Math.min(comparison.from().number(), comparison.to().number());
        int newer = Math.max(comparison.from().number(), comparison.to().number());
        for (int number : older == newer ? new int[] {older} : new int[] {older, newer}) {
            if (number > 0) {
                String label = getTranslation("document.link.version", String.valueOf(number));
                links.add(DocumentLinks.download(DocumentLinks.versionUrl(contractId, number), label, label));
            }
        }
        // the requests that made the versions in range: a version adopted without one has no amendment
        java.util.Set<Integer> madeByRequest =
                provenance.requests().stream().map(VersionOrigin::version).collect(java.util.stream.Collectors.toSet());
        for (int made = Math.max(2, older + 1); made <= newer; made++) {
            if (!madeByRequest.contains(made)) {
                continue;
            }
            links.add(DocumentLinks.download(
                    DocumentLinks.amendmentUrl(contractId, made),
                    getTranslation("document.link.amendment.numbered", String.valueOf(made - 1)),
                    getTranslation("document.link.amendment", String.valueOf(made - 1), String.valueOf(made))));
        }
        return links;
    }

    private Div version(VersionSummary version) {
        Paragraph who = new Paragraph(getTranslation(
                "contract.compare.version",
                Labels.version(this, version.number()),
                Formats.dateTime(version.adoptedAt(), getLocale()),
                version.clientApprover(),
                version.providerApprover()));
        Paragraph summary = new Paragraph(getTranslation("contract.compare.summary", version.summary()));
        summary.addClassName("av-hint");
        Div block = new Div(who, summary);
        block.addClassName("av-compare-version");
        return block;
    }

    private void configure(Select<Integer> select, String labelKey, int versionCount, int value) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(IntStream.rangeClosed(1, Math.max(versionCount, value))
                .boxed()
                .toList()
                .reversed());
        select.setItemLabelGenerator(n -> Labels.version(this, n));
        select.setValue(value);
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
