package app.avenant.contract.terms;

import java.util.regex.Pattern;

/**
 * A document attached to a scope item (its procedure, a sample, a template), part of the terms: a change request adds
 * or replaces one, and every version keeps the files it had. The bytes are stored once by their SHA-256 outside the
 * terms; the terms hold what names them.
 *
 * @param fileName  the name shown, already made safe by the document module
 * @param mediaType what the content is, told by the content
 * @param sha256    64 lower-case hexadecimal digits: the content's address in the file store
 */
public record ScopeAttachment(String fileName, String mediaType, long sizeBytes, String sha256) {

    /** At most this many documents per scope item. */
    public static final int MAX_PER_ITEM = 10;

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** 64 lower-case hexadecimal digits: what may name a content in the store, and nothing else. */
    public static boolean isAddress(String sha256) {
        return SHA256.matcher(sha256).matches();
    }

    public ScopeAttachment {
        if (fileName == null || fileName.isBlank() || fileName.length() > 200) {
            throw new IllegalArgumentException("an attachment needs a name of 1 to 200 characters");
        }
        if (mediaType == null || mediaType.isBlank()) {
            throw new IllegalArgumentException("an attachment needs its media type");
        }
        if (sizeBytes <= 0) {
            throw new IllegalArgumentException("an attachment is never empty");
        }
        if (sha256 == null || !isAddress(sha256)) {
            throw new IllegalArgumentException("an attachment is addressed by a SHA-256");
        }
    }
}
