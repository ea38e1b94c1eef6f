package app.avenant.contract.terms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Gathers violations so that a form shows every broken rule at once, and the common checks. */
final class ViolationCollector {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<TermsViolation> violations = new ArrayList<>();

    void add(String path, String code, Object... args) {
        violations.add(TermsViolation.of(path, code, args));
    }

    void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidTermsException(violations);
        }
    }

    /** Present and not blank. */
    void requiredText(String path, @Nullable String value) {
        if (value == null || value.isBlank()) {
            add(path, "required");
        }
    }

    /** At most {@code max} characters once stripped (what the editor saves); nothing is ever cut. */
    void maxLength(String path, @Nullable String value, int max) {
        if (value != null && value.strip().length() > max) {
            add(path, "text.too.long", value.strip().length(), max);
        }
    }

    /** Present, blank allowed (a draft may leave it empty). */
    void presentText(String path, @Nullable String value) {
        if (value == null) {
            add(path, "required");
        }
    }

    /** Present; reports and answers false when missing so that dependent checks can be skipped. */
    boolean present(String path, @Nullable Object value) {
        if (value == null) {
            add(path, "required");
            return false;
        }
        return true;
    }

    /** Present and within 0–100; answers whether it is. */
    boolean percent(String path, @Nullable BigDecimal value) {
        if (!present(path, value)) {
            return false;
        }
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            add(path, "percent.range", 0, 100);
            return false;
        }
        return true;
    }

    /** Present and &ge; 0; answers whether it is. */
    boolean nonNegative(String path, @Nullable BigDecimal value) {
        if (!present(path, value)) {
            return false;
        }
        if (value.signum() < 0) {
            add(path, "negative");
            return false;
        }
        return true;
    }
}
