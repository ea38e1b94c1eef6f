package app.avenant.consultation;

import org.jspecify.annotations.Nullable;

/**
 * A provider's answer to one security question.
 *
 * @param level   yes, partly or no
 * @param comment how (a certification, a clause, a limit); may be blank
 */
public record SecurityAnswer(Level level, String comment) {

    public static final int COMMENT_MAX = 500;

    public enum Level {
        YES,
        PARTLY,
        NO;

        /** What the answer counts for in the comparison: yes 1, partly ½, no 0. */
        public double weight() {
            return switch (this) {
                case YES -> 1.0;
                case PARTLY -> 0.5;
                case NO -> 0.0;
            };
        }

        public String labelKey() {
            return "consultation.answer." + name();
        }
    }

    public SecurityAnswer {
        comment = comment == null ? "" : comment.strip();
    }

    public static @Nullable SecurityAnswer of(@Nullable Level level, @Nullable String comment) {
        return level == null ? null : new SecurityAnswer(level, comment == null ? "" : comment);
    }
}
