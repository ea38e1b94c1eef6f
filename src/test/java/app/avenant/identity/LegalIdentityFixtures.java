package app.avenant.identity;

import java.math.BigDecimal;

/** Two complete legal identities with valid keys, as tests give them to a provider and to a PME. */
public final class LegalIdentityFixtures {

    private LegalIdentityFixtures() {}

    /** A provider SAS in Lyon, VAT on debits (the invoice then mentions the option). */
    public static LegalIdentity provider() {
        return new LegalIdentity(
                "732829320",
                "73282932000074",
                "FR44732829320",
                "SAS",
                new BigDecimal("50000"),
                "Lyon",
                "45 avenue Jean Jaurès",
                "Bâtiment B",
                "69007",
                "Lyon",
                "FR",
                VatRegime.DEBITS);
    }

    /** A PME SARL in Lyon, VAT on receipts. */
    public static LegalIdentity client() {
        return new LegalIdentity(
                "552100554",
                "55210055400013",
                "FR96552100554",
                "SARL",
                new BigDecimal("30000"),
                "Lyon",
                "12 rue de la République",
                null,
                "69002",
                "Lyon",
                "FR",
                VatRegime.RECEIPTS);
    }
}
