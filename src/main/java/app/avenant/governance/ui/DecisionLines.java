package app.avenant.governance.ui;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The decisions of a comité are one text, a decision per line as people type them ("- Passer à 1 040
 * factures", "2) Relancer…"): the lines without their bullet or number, to pick one to follow up.
 */
final class DecisionLines {

    /** "-", "*", "•", "–" or "1.", "1)", "a)" and the spaces after them. */
    private static final Pattern BULLET = Pattern.compile("^(?:[-*•–]|\\d{1,3}[.)]|[a-zA-Z][)])\\s*");

    private DecisionLines() {}

    static List<String> of(String decisions) {
        return decisions
                .lines()
                .map(String::strip)
                .map(line -> BULLET.matcher(line).replaceFirst("").strip())
                .filter(line -> !line.isEmpty())
                .toList();
    }
}
