package app.avenant.document;

/** A generated PDF and the name it is saved under. */
public record PdfFile(String fileName, byte[] content) {}
