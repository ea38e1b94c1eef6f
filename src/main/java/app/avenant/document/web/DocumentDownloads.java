package app.avenant.document.web;

import app.avenant.contract.ContractNotFoundException;
import app.avenant.document.ContractFiles;
import app.avenant.document.FileContent;
import app.avenant.document.PdfFile;
import app.avenant.document.ScopeDocuments;
import app.avenant.document.VersionDocuments;
import app.avenant.identity.Users;
import app.avenant.shared.i18n.Translations;
import app.avenant.shared.ui.DocumentLinks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The downloads behind the "PDF" links of Historique, the version compare and an accepted request, and behind the
 * files of "Documents du contrat": plain links, so the browser saves the file as any other download. Signed-in
 * session like every screen (a visitor is sent to sign in and comes back here); the services check the right on the
 * contract and audit the download. A non-member, a version the contract lacks, an amendment that does not exist and
 * a file of another contract all get the same 404.
 */
@RestController
class DocumentDownloads {

    private final VersionDocuments documents;
    private final ContractFiles files;
    private final ScopeDocuments scopeDocuments;
    private final Users users;

    DocumentDownloads(VersionDocuments documents, ContractFiles files, ScopeDocuments scopeDocuments, Users users) {
        this.documents = documents;
        this.scopeDocuments = scopeDocuments;
        this.files = files;
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

    /** A file kept with the contract, sent as what its content is, never shown in the portal's own origin. */
    @GetMapping(DocumentLinks.FILE_PATH)
    ResponseEntity<?> file(@PathVariable UUID contractId, @PathVariable UUID fileId) throws IOException {
        return send(() -> files.download(contractId, fileId));
    }

    /** A document of a scope item, named by the terms of a version or of a request's revision. */
    @GetMapping(DocumentLinks.SCOPE_FILE_PATH)
    ResponseEntity<?> scopeFile(@PathVariable UUID contractId, @PathVariable String sha256) throws IOException {
        return send(() -> scopeDocuments.download(contractId, sha256));
    }

    private ResponseEntity<?> send(Supplier<FileContent> found) throws IOException {
        FileContent file;
        try {
            file = found.get();
        } catch (ContractNotFoundException e) {
            return notFound();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.sizeBytes())
                .header("Content-Disposition", attachment(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .cacheControl(CacheControl.noStore())
                .body(new InputStreamResource(file.bytes().open()));
    }

    private ResponseEntity<byte[]> pdf(Supplier<PdfFile> make) {
        PdfFile file;
        try {
            file = make.get();
        } catch (ContractNotFoundException e) {
            return notFound();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", attachment(file.fileName()))
                // a contract is confidential: no copy in a shared cache or the browser's
                .cacheControl(CacheControl.noStore())
                .body(file.content());
    }

    private ResponseEntity<byte[]> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(Translations.get(users.currentUser().locale(), "document.notFound")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private static String attachment(String fileName) {
        return ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8)
                .build()
                .toString();
    }
}
