package app.avenant.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lower-case hexadecimal: tokens' hashes, files' addresses, versions' fingerprints. */
public final class Sha256 {

    private Sha256() {}

    public static String hex(byte[] content) {
        return HexFormat.of().formatHex(digest().digest(content));
    }

    /** Of the text's UTF-8 bytes. */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Of several texts one after the other, as if joined (UTF-8). */
    public static String hex(String first, String second) {
        MessageDigest digest = digest();
        digest.update(first.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest(second.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
