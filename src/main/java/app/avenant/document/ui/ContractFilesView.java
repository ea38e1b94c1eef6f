package app.avenant.document.ui;

import app.avenant.contract.ContractSummary;
import app.avenant.contract.Contracts;
import app.avenant.contract.ui.ContractNavigation;
import app.avenant.document.ContractFiles;
import app.avenant.document.KeptFile;
import app.avenant.shared.ui.ContractPageFrame;
import app.avenant.shared.ui.NotFoundState;
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
import java.util.Optional;
import java.util.UUID;

/**
 * "Documents du contrat": the signed contract, annexes and procedures kept with a contract, for both sides. Members
 * who edit the contract add files (20 MB at most, kinds told by their content); every member downloads them; who
 * added a file, or the owner of their side, removes it after confirming. Paged lazily from {@link ContractFiles}.
 */
@Route("contracts/:" + ContractPageFrame.CONTRACT_ID + "/documents")
@PermitAll
@StyleSheet("context://styles/document.css")
public class ContractFilesView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    private final ContractFiles files;
    private final Contracts contracts;
    private final FilesPanel panel = new FilesPanel("document.files");
    final Grid<KeptFile> grid = panel.grid;
    final Upload upload = panel.upload;
    final Div status = panel.status;
    private String pageTitle = "";
    private UUID contractId;

    ContractFilesView(ContractFiles files, Contracts contracts) {
        this.files = files;
        this.contracts = contracts;
        getContent().addClassName("av-files");
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        getContent().removeAll();
        Optional<ContractSummary> summary =
                ContractPageFrame.load(event, ContractPageFrame.CONTRACT_ID, contracts::summary);
        if (summary.isEmpty()) {
            pageTitle = getTranslation("contract.notFound.title");
            getContent().add(new NotFoundState());
            return;
        }
        ContractSummary contract = summary.get();
        contractId = contract.id();
        pageTitle = getTranslation("document.files.title") + " — " + contract.reference();
        getContent()
                .add(ContractPageFrame.header(
                        ContractNavigation.workspace(contractId),
                        getTranslation("document.files.back"),
                        getTranslation("document.files.title"),
                        contract.reference(),
                        contract.title()));
        Paragraph intro = new Paragraph(getTranslation("document.files.intro"));
        intro.addClassName("av-hint");
        getContent().add(intro);
        UUID id = contractId;
        panel.show(
                new FilesPanel.Folder() {
                    @Override
                    public UUID contractId() {
                        return id;
                    }

                    @Override
                    public List<KeptFile> list(int offset, int limit) {
                        return files.list(id, offset, limit);
                    }

                    @Override
                    public long count() {
                        return files.count(id);
                    }

                    @Override
                    public KeptFile add(String fileName, byte[] content) {
                        return files.add(id, fileName, content);
                    }

                    @Override
                    public void remove(UUID fileId) {
                        files.remove(id, fileId);
                    }
                },
                files.canAdd(contractId),
                getTranslation("document.files.readOnly"));
        getContent().add(panel);
    }

    /** Removing hides the file from both sides: asked first, with the file's name. */
    void confirmRemoval(KeptFile file) {
        panel.confirmRemoval(file);
    }
}
