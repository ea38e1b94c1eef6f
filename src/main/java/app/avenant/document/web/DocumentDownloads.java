package app.avenant.document.web;

import app.avenant.contract.ContractNotFoundException;
import app.avenant.document.PdfFile;
import app.avenant.document.VersionDocuments;
import app.avenant.identity.Users;
import app.avenant.shared.i18n.Translations;
import app.avenant.shared.ui.DocumentLinks;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The PDFs behind the "PDF" links of Historique, the version compare and an accepted request: plain links, so the
 * browser saves the file as any other download. Signed-in session like every screen (a visitor is sent to sign in
 * and comes back here); the service checks the right on the contract and audits the download. A non-member, a
 * version the contract lacks, and an amendment that does not exist all get the same 404.
 */
@RestController
class DocumentDownloads {

    private final VersionDocuments documents;
    private final Users users;

    DocumentDownloads(VersionDocuments documents, Users users) {
        this.documents = documents;
        this.users = users;
    }

    @GetMapping(DocumentLinks.VERSION_PATH)
    ResponseEntity<byte[]> version(@PathVariable UUID contractId, @PathVariable int number) {
        return pdf(() -> documents.version(contractId, number));
    }

    @GetMapping(DocumentLinks.AMENDMENT_PATH)
    ResponseEntity<byte[]> amendment(@PathVariable UUID contractId, @PathVariable int number) {
        return pdf(() -> documents.amendment(contractId, number));
    }

    private ResponseEntity<byte[]> pdf(Supplier<PdfFile> make) {
        PdfFile file;
        try {
            file = make.get();
        } catch (ContractNotFoundException e) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body(Translations.get(users.currentUser().locale(), "document.notFound")
                            .getBytes(StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                // a contract is confidential: no copy in a shared cache or the browser's
                .cacheControl(CacheControl.noStore())
                .body(file.content());
    }
}
