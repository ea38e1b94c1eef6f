package app.avenant.audit.ui;

import app.avenant.audit.AuditEntryView;
import app.avenant.audit.AuditTrail;
import app.avenant.audit.IntegrityReport;
import app.avenant.contract.ContractSummary;
import app.avenant.contract.Contracts;
import app.avenant.contract.ui.OwnerPage;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.Clicks;
import app.avenant.shared.ui.NarrowScreens;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * "Journal d'audit" of one contract, for the owners of both sides: the entries newest first (lazy grid),
 * a check of the whole chain's integrity, and the CSV export. Other members read why they cannot see it;
 * outsiders get "Contrat introuvable" like everywhere. Opening the screen is itself recorded.
 */
@Route("contracts/:contractId/audit")
@PermitAll
@StyleSheet("context://styles/contract.css")
public class AuditTrailView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    static final String CONTRACT_ID = "contractId";
    static final String CSV = "text/csv;charset=UTF-8";
    private static final OwnerPage.Texts TEXTS =
            new OwnerPage.Texts("audit.title", "audit.back", "audit.denied", "av-audit-denied");

    private final AuditTrail trail;
    private final Contracts contracts;
    final Grid<AuditEntryView> grid = new Grid<>();
    final Button verify = new Button();
    final Span verifyResult = new Span();
    private String pageTitle = "";
    private @Nullable UUID contractId;

    public AuditTrailView(AuditTrail trail, Contracts contracts) {
        this.trail = trail;
        this.contracts = contracts;
        getContent().addClassName("av-audit");
        verify.setText(getTranslation("audit.verify"));
        verify.setIcon(VaadinIcon.SHIELD.create());
        verifyResult.addClassName("av-audit-verify-result");
        verifyResult.getElement().setAttribute("role", "status");
        Clicks.on(verify, () -> {
            UUID id = contractId;
            if (id != null) {
                verifyResult.setText(describe(trail.verifyFromContract(id)));
            }
        });
        configureGrid();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        verifyResult.setText("");
        contractId = null;
        pageTitle = OwnerPage.show(
                this, getContent(), event, contracts, TEXTS, contract -> trail.mayRead(contract.id()), contract -> {
                    trail.recordTrailViewed(contract.id());
                    body(contract);
                });
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    private void body(ContractSummary contract) {
        UUID id = contract.id();
        contractId = id;
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = trail.exportContractCsv(id);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "journal-audit-" + contract.reference() + ".csv",
                            CSV,
                            bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                getTranslation("audit.export"));
        export.addClassName("av-export");
        HorizontalLayout toolbar = new HorizontalLayout(verify, export, verifyResult);
        toolbar.addClassName("av-toolbar");
        toolbar.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        grid.setItems(query -> trail.entriesOfContract(id, query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, trail.countEntriesOfContract(id)));
        getContent().add(new Paragraph(getTranslation("audit.intro")), toolbar, grid);
    }

    String describe(IntegrityReport report) {
        if (report.intact()) {
            return getTranslation("audit.verify.intact", report.checked());
        }
        return getTranslation(
                "audit.verify.broken",
                String.valueOf(report.brokenSeq()),
                getTranslation("audit.problem." + report.problem()));
    }

    Div stackedCell(AuditEntryView entry) {
        return NarrowScreens.stack(
                NarrowScreens.line(getTranslation(entry.action().labelKey())),
                NarrowScreens.line(Formats.dateTime(entry.occurredAt(), getLocale())),
                NarrowScreens.line(actor(entry), entry.organisationName()),
                NarrowScreens.line(AuditDetailsText.of(entry.details(), entry.subjectName(), this)));
    }

    /**
     * Who did it; « Système » when no person did: the application itself (the demo data it loads, a contract's
     * first members). The stored name stays empty: it is hashed, and the export keeps it as it is.
     */
    String actor(AuditEntryView entry) {
        return entry.actorUserId() == null && entry.actorName().isBlank()
                ? getTranslation("audit.actor.system")
                : entry.actorName();
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> Formats.dateTime(e.occurredAt(), getLocale()))
                .setHeader(getTranslation("audit.column.date"))
                .setKey("date")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::actor)
                .setHeader(getTranslation("audit.column.actor"))
                .setKey("actor")
                .setFlexGrow(1);
        grid.addColumn(e -> e.organisationName() == null ? "" : e.organisationName())
                .setHeader(getTranslation("audit.column.organisation"))
                .setKey("organisation")
                .setFlexGrow(1);
        grid.addColumn(e -> getTranslation(e.action().labelKey()))
                .setHeader(getTranslation("audit.column.action"))
                .setKey("action")
                .setFlexGrow(1);
        grid.addColumn(e -> AuditDetailsText.of(e.details(), e.subjectName(), this))
                .setHeader(getTranslation("audit.column.details"))
                .setKey("details")
                .setTooltipGenerator(AuditEntryView::details)
                .setFlexGrow(2);
        // a phone shows one column: when, who (and for which organisation), what, the details
        NarrowScreens.stackOnPhones(grid, getTranslation("audit.column.stacked"), this::stackedCell);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setHeight("60vh");
    }
}
