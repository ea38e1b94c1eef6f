package app.avenant.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.UUID;

/**
 * Links to the PDFs of versions and amendments (the document module serves them at these paths): here so that the
 * contract and change screens link to them without depending on the module that makes them, as the menu names its
 * routes by string. A plain download link: the router leaves it alone and the browser saves the file.
 */
public final class DocumentLinks {

    public static final String VERSION_PATH = "/documents/contracts/{contractId}/versions/{number}.pdf";
    public static final String AMENDMENT_PATH = "/documents/contracts/{contractId}/versions/{number}/amendment.pdf";
    public static final String FILE_PATH = "/documents/contracts/{contractId}/files/{fileId}";
    /** A document attached to a scope item, named by its content (its SHA-256) in the contract's terms. */
    public static final String SCOPE_FILE_PATH = "/documents/contracts/{contractId}/scope-files/{sha256}";
    /** The route of "Vérifier un document". */
    public static final String VERIFY_ROUTE = "documents/verifier";

    private DocumentLinks() {}

    public static String versionUrl(UUID contractId, int number) {
        return fill(VERSION_PATH, contractId, number);
    }

    /** The amendment that made version {@code number} (2 or more). */
    public static String amendmentUrl(UUID contractId, int number) {
        return fill(AMENDMENT_PATH, contractId, number);
    }

    /** A file kept with a contract. */
    public static String scopeFileUrl(UUID contractId, String sha256) {
        return SCOPE_FILE_PATH.replace("{contractId}", contractId.toString()).replace("{sha256}", sha256);
    }

    public static String fileUrl(UUID contractId, UUID fileId) {
        return FILE_PATH.replace("{contractId}", contractId.toString()).replace("{fileId}", fileId.toString());
    }

    /** "PDF" with a download icon, for a row or a toolbar; {@code label} says what the file is to a screen reader. */
    public static Anchor download(String url, String text, String label) {
        Anchor anchor = plainDownload(url, text);
        anchor.getElement().setAttribute("aria-label", label);
        anchor.getElement().setAttribute("title", label);
        anchor.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        anchor.addClassName("av-pdf-link");
        return anchor;
    }

    /** A link the browser saves as a file and the router leaves alone; its text says what the file is. */
    public static Anchor plainDownload(String url, String text) {
        // relative to the page's <base>, as every link of the portal (the app may run under a context path)
        Anchor anchor = new Anchor(url.substring(1), text);
        anchor.getElement().setAttribute("download", true);
        anchor.getElement().setAttribute("router-ignore", true);
        return anchor;
    }

    private static String fill(String path, UUID contractId, int number) {
        return path.replace("{contractId}", contractId.toString()).replace("{number}", String.valueOf(number));
    }
}
