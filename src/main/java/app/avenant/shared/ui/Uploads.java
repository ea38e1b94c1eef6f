package app.avenant.shared.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** What the portal's uploads share (contract files, document verification, received invoices): one file at a time, the limit told to the browser, and read within it. */
public final class Uploads {

    private Uploads() {}

    /** {@code files} at a time, at most {@code limit} bytes each as far as the browser can tell, with the screen's words. */
    public static void configure(
            Upload upload,
            int files,
            int limit,
            String choose,
            String drop,
            String oneFile,
            String tooBig,
            String wrongKind) {
        upload.setMaxFiles(files);
        upload.setMaxFileSize(limit);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(choose).setMany(choose))
                .setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(oneFile)
                        .setFileIsTooBig(tooBig)
                        .setIncorrectFileType(wrongKind)));
    }

    /**
     * The upload's bytes, no more than {@code limit} and one (the browser's limit is only a courtesy): a longer
     * array means too large, and the rest was never read into memory.
     */
    public static byte[] readAtMost(UploadEvent event, int limit) {
        try (InputStream in = event.getInputStream()) {
            return in.readNBytes(limit + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
