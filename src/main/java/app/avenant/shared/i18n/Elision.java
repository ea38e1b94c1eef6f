package app.avenant.shared.i18n;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French elides "de" before a vowel: « relevé d’octobre », « l’accès d’Isabelle ». A pattern can only write
 * « de {0} » since it does not know its argument; this writes « d’{0} » when the argument starts with a vowel or a
 * mute h is not guessed (« de Hugo » stays). Only the "de" right before an argument is touched.
 */
public final class Elision {

    private static final Pattern DE_BEFORE_ARGUMENT = Pattern.compile("(?<![\\p{L}’'])([Dd])e \\{(\\d+)}");
    private static final String VOWELS = "aeiouàâäéèêëîïôöùûüœæAEIOUÀÂÄÉÈÊËÎÏÔÖÙÛÜŒÆ";

    private Elision() {}

    /** « de mars », « d’août »: "de" before {@code word}, elided as the patterns' « de {0} » are. */
    public static String de(String word) {
        return !word.isEmpty() && VOWELS.indexOf(word.charAt(0)) >= 0 ? "d’" + word : "de " + word;
    }

    static String apply(String pattern, Object[] args) {
        if (!pattern.contains("e {")) {
            return pattern;
        }
        Matcher m = DE_BEFORE_ARGUMENT.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(2));
            boolean elide = index < args.length
                    && args[index] instanceof CharSequence text
                    && !text.isEmpty()
                    && VOWELS.indexOf(text.charAt(0)) >= 0;
            String replacement = elide ? m.group(1) + "’{" + index + "}" : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
