package app.avenant.contract.terms;

import java.util.List;

/**
 * One broken rule of the terms.
 *
 * @param path the offending field, e.g. {@code header.noticePeriodMonths},
 *             {@code scopeItems[saisie-factures].volume.pricing.bands[2].fromUnits}: items are named by their
 *             key in brackets, or by their 1-based position ({@code [#3]}) when the key is missing, invalid or
 *             a duplicate; bands and seasonal months are numbered from 1
 * @param code a stable short code; the UI translates {@code terms.violation.<code>} with {@code args}
 * @param args the values the message needs (limits, expected values), possibly none
 */
public record TermsViolation(String path, String code, List<Object> args) {

    public TermsViolation {
        args = List.copyOf(args);
    }

    static TermsViolation of(String path, String code, Object... args) {
        return new TermsViolation(path, code, List.of(args));
    }

    @Override
    public String toString() {
        return args.isEmpty() ? path + " " + code : path + " " + code + " " + args;
    }
}
