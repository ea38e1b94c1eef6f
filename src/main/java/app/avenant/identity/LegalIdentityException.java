package app.avenant.identity;

import java.util.List;

/**
 * A legal identity was refused: each problem names a field ({@link LegalIdentityRules#SIREN}, …) and a translation
 * key with its arguments, so a form shows every one next to its field at once. Nothing was stored.
 */
public class LegalIdentityException extends RuntimeException {

    /** One field's refusal; {@code args} fill the translation's {0}, {1}. */
    public record Problem(String field, String messageKey, List<Object> args) {

        public Problem {
            args = List.copyOf(args);
        }
    }

    private final transient List<Problem> problems;

    public LegalIdentityException(List<Problem> problems) {
        super(problems.stream()
                .map(p -> p.field() + ": " + p.messageKey())
                .toList()
                .toString());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
