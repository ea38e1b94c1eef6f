package app.avenant.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The hashing rule, checked against the JDK's own SHA-256 and HMAC: no Spring, no database. */
class ChainKeyTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final String CANONICAL = AuditHash.canonical(
            5,
            1_700_000_000_000_000L,
            null,
            "Alice (alice)",
            null,
            "c0ffee00-0000-0000-0000-000000000000",
            "EXPORT",
            "file=a.csv",
            AuditHash.GENESIS);

    @Test
    void entries_before_the_keyed_number_keep_their_plain_sha256_and_entries_from_it_take_the_hmac() throws Exception {
        ChainKey key = new ChainKey(SECRET, 5);

        assertThat(key.hash(4, CANONICAL)).isEqualTo(sha256(CANONICAL));
        assertThat(key.hash(5, CANONICAL)).isEqualTo(hmac(SECRET, CANONICAL)).isNotEqualTo(sha256(CANONICAL));
        assertThat(key.hash(6, CANONICAL)).isEqualTo(hmac(SECRET, CANONICAL));
    }

    @Test
    void another_secret_gives_another_hash_so_a_forger_without_the_key_cannot_recompute_it() {
        byte[] other = SECRET.clone();
        other[0] ^= 1;

        assertThat(new ChainKey(other, 1).hash(5, CANONICAL)).isNotEqualTo(new ChainKey(SECRET, 1).hash(5, CANONICAL));
    }

    @Test
    void the_canonical_string_writes_each_value_with_its_length_so_no_details_forge_a_separator() {
        // joined with a bare "|" these two entries would read the same: name "a|b" and details "c", or name "a"
        // and details "b|c"
        String one = AuditHash.canonical(1, 0, null, "a|b", null, null, "EXPORT", "c", AuditHash.GENESIS);
        String other = AuditHash.canonical(1, 0, null, "a", null, null, "EXPORT", "b|c", AuditHash.GENESIS);

        assertThat(one).isNotEqualTo(other);
        assertThat(AuditHash.canonical(1, 0, null, "a", null, null, "EXPORT", "", AuditHash.GENESIS))
                .isEqualTo("1:1|1:0|-|1:a|-|-|6:EXPORT|0:|64:" + AuditHash.GENESIS + "|");
    }

    @Test
    void a_short_secret_or_a_boundary_before_the_first_entry_is_refused_and_the_secret_is_never_printed() {
        assertThatThrownBy(() -> new ChainKey(new byte[16], 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChainKey(SECRET, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ChainKey(SECRET, 7).toString()).contains("7").doesNotContain("0123456789abcdef");
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String hmac(byte[] secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
