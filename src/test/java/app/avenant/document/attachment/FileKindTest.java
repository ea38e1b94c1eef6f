package app.avenant.document.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Kinds told by content, never by name; names made safe. */
class FileKindTest {

    private static Optional<String> kind(byte[] bytes, String name) {
        return FileKind.of(bytes, name).map(FileKind::mediaType);
    }

    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                byte[] content = namesAndContents[i + 1].getBytes(StandardCharsets.US_ASCII);
                ZipEntry entry = new ZipEntry(namesAndContents[i]);
                if (i == 0 && namesAndContents[i].equals("mimetype")) {
                    // OpenDocument stores its type first and uncompressed
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(content.length);
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void pdf_images_and_office_documents_are_told_by_their_bytes() throws IOException {
        assertThat(kind("%PDF-1.7\n...".getBytes(StandardCharsets.ISO_8859_1), "x"))
                .hasValue("application/pdf");
        assertThat(kind(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}, "photo.jpg"))
                .hasValue("image/png");
        assertThat(kind(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}, "scan"))
                .hasValue("image/jpeg");
        assertThat(kind(zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>"), "annexe.docx"))
                .hasValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(kind(zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<x/>"), "volumes"))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(kind(zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<o/>"), "a.odt"))
                .hasValue("application/vnd.oasis.opendocument.text");
        assertThat(kind("Procédure : saisir chaque facture.\n".getBytes(StandardCharsets.UTF_8), "procedure.txt"))
                .hasValue("text/plain; charset=UTF-8");
    }

    @Test
    void programs_web_pages_macros_archives_and_disguises_are_refused() throws IOException {
        assertThat(kind(new byte[] {'M', 'Z', (byte) 0x90, 0}, "contrat.pdf")).isEmpty();
        assertThat(kind("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "note.txt"))
                .isEmpty();
        assertThat(kind("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), "logo.txt"))
                .isEmpty();
        assertThat(kind(
                        zip(
                                "[Content_Types].xml",
                                "<Types/>",
                                "word/document.xml",
                                "<w/>",
                                "word/vbaProject.bin",
                                "macro"),
                        "annexe.docx"))
                .as("a Word file with macros")
                .isEmpty();
        assertThat(kind(zip("readme.txt", "hello"), "archive.zip"))
                .as("a plain zip")
                .isEmpty();
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
        assertThat(kind(ole, "setup.msi"))
                .as("the old Office container under another name")
                .isEmpty();
        assertThat(kind(ole, "annexe.doc")).hasValue("application/msword");
        assertThat(kind(new byte[] {'a', 0, 'b'}, "binaire.txt"))
                .as("NUL in text")
                .isEmpty();
        assertThat(kind(new byte[0], "vide.txt")).isEmpty();
    }

    @Test
    void names_lose_their_path_and_dangerous_characters_and_end_as_what_the_file_is() {
        assertThat(FileNames.safe("../../etc/passwd.pdf", FileKind.PDF)).isEqualTo("passwd.pdf");
        assertThat(FileNames.safe("C:\\Users\\claire\\Contrat signé.pdf", FileKind.PDF))
                .isEqualTo("Contrat signé.pdf");
        assertThat(FileNames.safe("contrat.exe", FileKind.PDF)).isEqualTo("contrat.exe.pdf");
        assertThat(FileNames.safe(".htaccess", FileKind.TEXT)).isEqualTo("htaccess.txt");
        assertThat(FileNames.safe("a<b>c:d\"e|f?g*h\u0000\u202e.pdf", FileKind.PDF))
                .isEqualTo("abcdefgh.pdf");
        assertThat(FileNames.safe("", FileKind.PNG)).isEqualTo("document.png");
        String longName = FileNames.safe("x".repeat(400) + ".pdf", FileKind.PDF);
        assertThat(longName).hasSize(FileNames.LONGEST).endsWith(".pdf");
    }
}
