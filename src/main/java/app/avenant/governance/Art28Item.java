package app.avenant.governance;

/**
 * The clauses RGPD article 28(3) points a) to h) require in a sub-processing contract, in the article's
 * order. Labels are translated ({@code governance.register.art28.<name>}); {@link #letter()} is the point.
 */
public enum Art28Item {
    INSTRUCTIONS('a'),
    CONFIDENTIALITY('b'),
    SECURITY('c'),
    SUB_PROCESSORS('d'),
    DATA_SUBJECT_RIGHTS('e'),
    ASSISTANCE('f'),
    END_OF_CONTRACT('g'),
    AUDITS('h');

    private final char letter;

    Art28Item(char letter) {
        this.letter = letter;
    }

    public char letter() {
        return letter;
    }
}
