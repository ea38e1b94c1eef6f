package app.avenant.identity;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What an invoice or a contract must say of an organisation (Code de commerce R123-237, CGI art. 242 nonies A):
 * its registration numbers, VAT number, legal form, share capital, registry and address. Held normalised: the
 * numbers as digits (the VAT number upper case, no spaces), blank texts as null. {@link LegalIdentityRules} checks
 * and normalises what a person typed.
 *
 * @param siren        9 digits (SIREN), its last one a Luhn key
 * @param siret        14 digits of the establishment invoices are issued from (the head office by default), starting
 *                     with the SIREN
 * @param vatNumber    the intra-EU VAT number ("FR" + 2-digit key + SIREN for a French company); null under the
 *                     franchise
 * @param legalForm    SAS, SARL, EI… (a company's invoices name it)
 * @param shareCapital in euros, for a company with a share capital
 * @param rcsCity      the city of the commercial court's registry (RCS Lyon)
 * @param countryCode  ISO 3166 alpha-2, "FR" by default
 */
public record LegalIdentity(
        @Nullable String siren,
        @Nullable String siret,
        @Nullable String vatNumber,
        @Nullable String legalForm,
        @Nullable BigDecimal shareCapital,
        @Nullable String rcsCity,
        @Nullable String addressLine1,
        @Nullable String addressLine2,
        @Nullable String postcode,
        @Nullable String city,
        String countryCode,
        VatRegime vatRegime) {

    /** An organisation that has not given its identity yet. */
    public static LegalIdentity empty() {
        return new LegalIdentity(null, null, null, null, null, null, null, null, null, null, "FR", VatRegime.RECEIPTS);
    }

    /** Whether an invoice can be issued to or by this organisation: registered, with an address. */
    public boolean complete() {
        return siren != null && addressLine1 != null && postcode != null && city != null;
    }

    /** The SIREN as people write it: "552 100 554". */
    public @Nullable String sirenGrouped() {
        return siren == null ? null : grouped(siren);
    }

    /** The SIRET as people write it: "552 100 554 00013" (the SIREN, then the establishment's number). */
    public @Nullable String siretGrouped() {
        return siret == null ? null : grouped(siret.substring(0, 9)) + " " + siret.substring(9);
    }

    /** Nine digits of a SIREN in threes: "552 100 554". */
    static String grouped(String siren) {
        return siren.substring(0, 3) + " " + siren.substring(3, 6) + " " + siren.substring(6);
    }
}
