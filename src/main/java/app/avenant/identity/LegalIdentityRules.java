package app.avenant.identity;

import app.avenant.identity.LegalIdentityException.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks and normalises a legal identity as a person typed it. Plain Java: the numbers' keys are arithmetic.
 *
 * <ul>
 *   <li>SIREN: 9 digits whose Luhn sum is a multiple of 10 (INSEE); required for a French organisation.
 *   <li>SIRET: 14 digits, the SIREN then the establishment's number, Luhn again; La Poste's establishments (SIREN
 *       356 000 000) follow their own rule instead, the sum of the digits a multiple of 5.
 *   <li>French VAT number: "FR", a key, the SIREN; the key is (12 + 3 × (SIREN mod 97)) mod 97. Required unless the
 *       organisation is under the franchise (it charges no VAT). Other EU numbers: their country's prefix and 2 to
 *       13 letters or digits (their own keys are checked by VIES, not here).
 * </ul>
 *
 * Spaces, dots and dashes people put in numbers are removed; every problem is reported at once.
 */
public final class LegalIdentityRules {

    public static final String SIREN = "siren";
    public static final String SIRET = "siret";
    public static final String VAT_NUMBER = "vatNumber";
    public static final String LEGAL_FORM = "legalForm";
    public static final String SHARE_CAPITAL = "shareCapital";
    public static final String RCS_CITY = "rcsCity";
    public static final String ADDRESS_LINE1 = "addressLine1";
    public static final String ADDRESS_LINE2 = "addressLine2";
    public static final String POSTCODE = "postcode";
    public static final String CITY = "city";
    public static final String COUNTRY = "countryCode";

    public static final int LEGAL_FORM_MAX = 60;
    public static final int RCS_CITY_MAX = 80;
    public static final int ADDRESS_LINE_MAX = 200;
    public static final int CITY_MAX = 100;
    public static final int POSTCODE_MAX = 16;

    /** La Poste: its establishments' SIRETs do not follow Luhn. */
    private static final String LA_POSTE = "356000000";

    private static final BigDecimal CAPITAL_MAX = new BigDecimal("10000000000000");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-\\u00a0\\u202f]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern VAT_SHAPE = Pattern.compile("[A-Z]{2}[A-Z0-9]{2,13}");
    private static final Pattern FRENCH_VAT = Pattern.compile("FR([0-9A-Z]{2})(\\d{9})");
    private static final Pattern FRENCH_POSTCODE = Pattern.compile("\\d{5}");
    private static final Set<String> EU_VAT_PREFIXES = Set.of(
            "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR", "HU", "IE", "IT", "LT", "LU",
            "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "XI");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private LegalIdentityRules() {}

    /** The identity normalised, or every problem at once in a {@link LegalIdentityException}. */
    public static LegalIdentity check(LegalIdentity typed) {
        List<Problem> problems = new ArrayList<>();
        String country = text(typed.countryCode());
        country = country == null ? "FR" : country.toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            problems.add(problem(COUNTRY, "identity.legal.error.country"));
        }
        boolean french = country.equals("FR");

        String siren = number(typed.siren());
        if (siren == null) {
            if (french) {
                problems.add(problem(SIREN, "identity.legal.error.siren.required"));
            }
        } else if (!DIGITS.matcher(siren).matches() || siren.length() != 9) {
            problems.add(problem(SIREN, "identity.legal.error.siren.format"));
        } else if (!luhn(siren)) {
            problems.add(problem(SIREN, "identity.legal.error.siren.key"));
        }
        boolean sirenValid =
                siren != null && problems.stream().noneMatch(p -> p.field().equals(SIREN));

        String siret = number(typed.siret());
        if (siret != null) {
            if (!DIGITS.matcher(siret).matches() || siret.length() != 14) {
                problems.add(problem(SIRET, "identity.legal.error.siret.format"));
            } else if (sirenValid && !siret.startsWith(siren)) {
                problems.add(problem(SIRET, "identity.legal.error.siret.siren", LegalIdentity.grouped(siren)));
            } else if (!siretKeyValid(siret)) {
                problems.add(problem(SIRET, "identity.legal.error.siret.key"));
            }
        }

        String vat = number(typed.vatNumber());
        vat = vat == null ? null : vat.toUpperCase(Locale.ROOT);
        if (vat == null) {
            if (typed.vatRegime() != VatRegime.FRANCHISE) {
                problems.add(problem(VAT_NUMBER, "identity.legal.error.vat.required"));
            }
        } else if (!VAT_SHAPE.matcher(vat).matches() || !EU_VAT_PREFIXES.contains(vat.substring(0, 2))) {
            problems.add(problem(VAT_NUMBER, "identity.legal.error.vat.format"));
        } else if (vat.startsWith("FR")) {
            var parts = FRENCH_VAT.matcher(vat);
            if (!parts.matches()) {
                // "FR12345": say what a French number is made of, with this SIREN's when it is known
                problems.add(
                        sirenValid
                                ? problem(VAT_NUMBER, "identity.legal.error.vat.french.siren", frenchVatNumber(siren))
                                : problem(VAT_NUMBER, "identity.legal.error.vat.french"));
            } else if (sirenValid && !parts.group(2).equals(siren)) {
                problems.add(problem(VAT_NUMBER, "identity.legal.error.vat.siren", frenchVatNumber(siren)));
            } else if (DIGITS.matcher(parts.group(1)).matches() && !vat.equals(frenchVatNumber(parts.group(2)))) {
                problems.add(problem(VAT_NUMBER, "identity.legal.error.vat.key", frenchVatNumber(parts.group(2))));
            }
        }

        String legalForm = limited(typed.legalForm(), LEGAL_FORM, LEGAL_FORM_MAX, problems);
        String rcsCity = limited(typed.rcsCity(), RCS_CITY, RCS_CITY_MAX, problems);
        BigDecimal capital = typed.shareCapital();
        if (capital != null && (capital.signum() < 0 || capital.compareTo(CAPITAL_MAX) >= 0 || capital.scale() > 2)) {
            problems.add(problem(SHARE_CAPITAL, "identity.legal.error.capital"));
        }
        String line1 = limited(typed.addressLine1(), ADDRESS_LINE1, ADDRESS_LINE_MAX, problems);
        if (line1 == null) {
            problems.add(problem(ADDRESS_LINE1, "identity.legal.error.address.required"));
        }
        String line2 = limited(typed.addressLine2(), ADDRESS_LINE2, ADDRESS_LINE_MAX, problems);
        String postcode = limited(typed.postcode(), POSTCODE, POSTCODE_MAX, problems);
        if (postcode == null) {
            problems.add(problem(POSTCODE, "identity.legal.error.postcode.required"));
        } else if (french && !FRENCH_POSTCODE.matcher(postcode).matches()) {
            problems.add(problem(POSTCODE, "identity.legal.error.postcode.french"));
        }
        String city = limited(typed.city(), CITY, CITY_MAX, problems);
        if (city == null) {
            problems.add(problem(CITY, "identity.legal.error.city.required"));
        }
        if (!problems.isEmpty()) {
            throw new LegalIdentityException(problems);
        }
        return new LegalIdentity(
                siren,
                siret,
                vat,
                legalForm,
                capital == null ? null : capital.setScale(2),
                rcsCity,
                line1,
                line2,
                postcode,
                city,
                country,
                typed.vatRegime());
    }

    /** The French VAT number of a SIREN: "FR" + (12 + 3 × (SIREN mod 97)) mod 97 on two digits + the SIREN. */
    public static String frenchVatNumber(String siren) {
        long key = (12 + 3 * (Long.parseLong(siren) % 97)) % 97;
        return "FR" + String.format(Locale.ROOT, "%02d", key) + siren;
    }

    /** Whether {@code digits} is a SIREN: 9 digits with a right Luhn key. */
    public static boolean isSiren(String digits) {
        return digits.length() == 9 && DIGITS.matcher(digits).matches() && luhn(digits);
    }

    /** Luhn: from the right, every second digit doubled (minus 9 above 9); the sum is a multiple of 10. */
    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    private static boolean siretKeyValid(String siret) {
        if (siret.startsWith(LA_POSTE)) {
            return siret.chars().map(c -> c - '0').sum() % 5 == 0;
        }
        return luhn(siret);
    }

    private static @Nullable String number(@Nullable String typed) {
        String text = text(typed);
        return text == null ? null : SEPARATORS.matcher(text).replaceAll("");
    }

    private static @Nullable String text(@Nullable String typed) {
        if (typed == null) {
            return null;
        }
        String stripped = typed.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static @Nullable String limited(@Nullable String typed, String field, int max, List<Problem> problems) {
        String text = text(typed);
        if (text != null && text.length() > max) {
            problems.add(problem(field, "identity.legal.error.tooLong", max));
        }
        return text;
    }

    private static Problem problem(String field, String key, Object... args) {
        return new Problem(field, key, List.of(args));
    }
}
