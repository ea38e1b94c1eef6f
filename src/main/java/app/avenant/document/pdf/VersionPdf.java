package app.avenant.document.pdf;

import app.avenant.contract.Party;
import app.avenant.contract.PrintableVersion;
import app.avenant.contract.VersionOrigin;
import app.avenant.identity.LegalIdentity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The PDF of one version of a contract: who the parties are, which version and since when, the request it came
 * from, and its whole terms. What a PME files as "the contract as it stands".
 */
public final class VersionPdf {

    private VersionPdf() {}

    public static byte[] render(PrintableVersion v, @Nullable VersionOrigin origin, Locale locale, Instant printedAt) {
        return render(v, origin, Map.of(), locale, printedAt);
    }

    /** @param legal the parties' legal identities by organisation id; a party without one is named only */
    public static byte[] render(
            PrintableVersion v,
            @Nullable VersionOrigin origin,
            Map<UUID, LegalIdentity> legal,
            Locale locale,
            Instant printedAt) {
        Words w = new Words(locale);
        String title = w.t("document.version.title", v.reference(), v.number());
        String footer = w.t("document.footer.version", v.reference(), v.number(), w.date(v.adoptedAt()));
        return Paper.write(w, title, footer, v.fingerprint(), pdf -> {
            pdf.title(title);
            pdf.text(v.title());
            Identity.write(
                    pdf,
                    w,
                    v,
                    legal,
                    printedAt,
                    origin == null ? null : w.t("document.origin.request", origin.requestNumber(), origin.title()));
            new TermsPages(pdf, w).write(v.terms());
        });
    }

    /** The block both documents start with: the parties, the version and its fingerprint. */
    static final class Identity {

        private Identity() {}

        /** @param origin the request that made the version, or null for a version adopted without one */
        static void write(
                PdfLayout pdf,
                Words w,
                PrintableVersion v,
                Map<UUID, LegalIdentity> legal,
                Instant printedAt,
                @Nullable String origin) {
            pdf.heading(w.t("contract.header.parties"));
            List<String[]> facts = new ArrayList<>();
            facts.add(new String[] {w.t("contract.header.client"), party(w, v.client())});
            legalLine(w, legal.get(v.client().organisationId()))
                    .ifPresent(line -> facts.add(new String[] {w.t("document.legal.client"), line}));
            facts.add(new String[] {w.t("contract.header.provider"), party(w, v.provider())});
            legalLine(w, legal.get(v.provider().organisationId()))
                    .ifPresent(line -> facts.add(new String[] {w.t("document.legal.provider"), line}));
            facts.add(new String[] {w.t("document.reference"), v.reference()});
            facts.add(new String[] {
                w.t("document.version"), w.t("document.version.inForce", v.number(), w.dateTime(v.adoptedAt()))
            });
            if (origin != null) {
                facts.add(new String[] {w.t("document.version.origin"), origin});
            }
            facts.add(new String[] {w.t("document.fingerprint"), v.fingerprint()});
            facts.add(new String[] {
                w.t("document.printed"), w.t("document.printed.value", w.dateTime(printedAt), v.printedBy())
            });
            pdf.facts(facts);
            pdf.note(w.t("document.fingerprint.hint"));
        }

        /** "SARL au capital de 30 000,00 € — RCS Lyon — SIREN 552 100 554 — TVA FR96552100554 — 12 rue …, 69002 Lyon" */
        static Optional<String> legalLine(Words w, @Nullable LegalIdentity identity) {
            if (identity == null || !identity.complete()) {
                return Optional.empty();
            }
            List<String> parts = new ArrayList<>();
            if (identity.legalForm() != null) {
                parts.add(
                        identity.shareCapital() == null
                                ? identity.legalForm()
                                : w.t(
                                        "document.legal.capital",
                                        identity.legalForm(),
                                        w.money(identity.shareCapital())));
            }
            if (identity.rcsCity() != null) {
                parts.add("RCS " + identity.rcsCity());
            }
            parts.add("SIREN " + identity.sirenGrouped());
            if (identity.vatNumber() != null) {
                parts.add(w.t("document.legal.vat", identity.vatNumber()));
            }
            String street = identity.addressLine2() == null
                    ? identity.addressLine1()
                    : identity.addressLine1() + ", " + identity.addressLine2();
            parts.add(street + ", " + identity.postcode() + " " + identity.city()
                    + ("FR".equals(identity.countryCode()) ? "" : ", " + identity.countryCode()));
            return Optional.of(String.join(" — ", parts));
        }

        private static String party(Words w, Party party) {
            return party.contactName() == null
                    ? party.organisationName() + " — " + w.t("contract.header.contact.none")
                    : party.organisationName() + " — " + w.t("contract.header.contact", party.contactName());
        }
    }
}
