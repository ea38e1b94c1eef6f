package app.avenant.document.attachment;

import java.text.Normalizer;

/**
 * A file name safe to store, list and send back: the last part of whatever path the browser sent, without control
 * characters or the characters Windows forbids, not hidden (no leading dot), at most 150 characters, and ending with
 * an extension of what the file really is ("contrat.exe" holding a PDF is kept as "contrat.exe.pdf").
 */
public final class FileNames {

    static final int LONGEST = 150;

    private FileNames() {}

    public static String safe(String sent, FileKind kind) {
        String name = sent == null ? "" : sent;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}\\p{Cf}<>:\"|?*]", "")
                .replaceAll("\\s+", " ")
                .strip();
        name = name.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        String extension = FileKind.extensionOf(name);
        if (!kind.extensions().contains(extension)) {
            name = (name.isEmpty() ? "document" : name) + "."
                    + kind.extensions().getFirst();
            extension = kind.extensions().getFirst();
        }
        if (name.length() > LONGEST) {
            String stem = name.substring(0, name.length() - extension.length() - 1);
            name = stem.substring(0, LONGEST - extension.length() - 1).strip() + "." + extension;
        }
        if (name.equals("." + extension)) {
            name = "document." + extension;
        }
        return name;
    }
}
