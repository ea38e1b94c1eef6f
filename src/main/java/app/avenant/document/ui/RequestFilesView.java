package app.avenant.document.ui;

import app.avenant.contract.ContractSummary;
import app.avenant.contract.Contracts;
import app.avenant.document.ContractFiles;
import app.avenant.document.KeptFile;
import app.avenant.document.RequestFolder;
import app.avenant.shared.NotFoundException;
import app.avenant.shared.RouteIds;
import app.avenant.shared.ui.ContractPageFrame;
import app.avenant.shared.ui.NotFoundState;
import app.avenant.shared.ui.ScreenLink.Target;
import app.avenant.shared.ui.ScreenLinks;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.UUID;

/**
 * "Pièces jointes de la demande n° 7": the draft annex, the procedure a change request changes, for both sides. The
 * same rules as the contract's own files ({@link ContractFilesView}); once the request is closed, its files stay as
 * they were, read-only. A stranger reads "introuvable", as for the request itself.
 */
@Route("changes/:" + RequestFilesView.CHANGE_REQUEST_ID + "/documents")
@PermitAll
@StyleSheet("context://styles/document.css")
public class RequestFilesView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    static final String CHANGE_REQUEST_ID = "changeRequestId";

    private final ContractFiles files;
    private final Contracts contracts;
    private final ScreenLinks screens;
    private final FilesPanel panel = new FilesPanel("document.requestFiles");
    final Grid<KeptFile> grid = panel.grid;
    final Upload upload = panel.upload;
    final Div status = panel.status;
    private String pageTitle = "";

    RequestFilesView(ContractFiles files, Contracts contracts, ScreenLinks screens) {
        this.files = files;
        this.contracts = contracts;
        this.screens = screens;
        getContent().addClassName("av-files");
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        getContent().removeAll();
        UUID requestId = event.getRouteParameters()
                .get(CHANGE_REQUEST_ID)
                .flatMap(RouteIds::parse)
                .orElse(null);
        RequestFolder folder;
        ContractSummary contract;
        try {
            if (requestId == null) {
                throw new NotFoundException("no request id") {};
            }
            folder = files.requestFolder(requestId);
            contract = contracts.summary(folder.contractId());
        } catch (NotFoundException hidden) {
            pageTitle = getTranslation("contract.notFound.title");
            getContent().add(new NotFoundState());
            return;
        }
        String number = String.valueOf(folder.number());
        pageTitle = getTranslation("document.requestFiles.title", number) + " — " + contract.reference();
        getContent()
                .add(ContractPageFrame.header(
                        screens.url(Target.CHANGE_REQUEST, requestId).orElse(""),
                        getTranslation("document.requestFiles.back", number),
                        getTranslation("document.requestFiles.title", number),
                        contract.reference(),
                        folder.title()));
        Paragraph intro = new Paragraph(
                getTranslation(folder.open() ? "document.requestFiles.intro" : "document.requestFiles.intro.closed"));
        intro.addClassName("av-hint");
        getContent().add(intro);
        UUID id = requestId;
        panel.show(
                new FilesPanel.Folder() {
                    @Override
                    public UUID contractId() {
                        return folder.contractId();
                    }

                    @Override
                    public List<KeptFile> list(int offset, int limit) {
                        return files.listOnRequest(id, offset, limit);
                    }

                    @Override
                    public long count() {
                        return files.countOnRequest(id);
                    }

                    @Override
                    public KeptFile add(String fileName, byte[] content) {
                        return files.addToRequest(id, fileName, content);
                    }

                    @Override
                    public void remove(UUID fileId) {
                        files.remove(folder.contractId(), fileId);
                    }
                },
                folder.canAdd(),
                getTranslation(
                        !folder.open()
                                ? "document.requestFiles.closed"
                                : folder.draftOfOtherSide()
                                        ? "document.requestFiles.draft"
                                        : "document.files.readOnly"));
        getContent().add(panel);
    }
}
