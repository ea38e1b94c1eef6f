package app.avenant.document.pdf;

import app.avenant.contract.ContractRole;
import app.avenant.contract.PrintableVersion;
import app.avenant.contract.Provenance;
import app.avenant.contract.Side;
import app.avenant.contract.VersionOrigin;
import app.avenant.contract.terms.ChangeKind;
import app.avenant.contract.terms.FieldChange;
import app.avenant.contract.terms.ItemChange;
import app.avenant.contract.terms.TermsDiff;
import app.avenant.contract.ui.TermsText;
import app.avenant.identity.LegalIdentity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The PDF of an amendment (avenant): the change request that made version N out of version N−1, each change before →
 * after with the side and person who proposed the value, the reason and the objective it serves, and both sides'
 * approvals. Amendment n° 1 is the one that made version 2: version 1 is the contract itself.
 */
public final class AmendmentPdf {

    private AmendmentPdf() {}

    /** The amendment's number: version 2 is made by amendment n° 1. */
    public static int numberOf(int version) {
        return version - 1;
    }

    public static byte[] render(PrintableVersion v, VersionOrigin origin, Locale locale, Instant printedAt) {
        return render(v, origin, List.of(), locale, printedAt);
    }

    /**
     * @param annexes the documents attached to the request ("Devis.pdf (SHA-256 3f2a…)"), which the approvals
     *                covered: the paper names them, so the signed amendment says which annexes go with it
     */
    public static byte[] render(
            PrintableVersion v, VersionOrigin origin, List<String> annexes, Locale locale, Instant printedAt) {
        return render(v, origin, annexes, Map.of(), locale, printedAt);
    }

    /** @param legal the parties' legal identities by organisation id; a party without one is named only */
    public static byte[] render(
            PrintableVersion v,
            VersionOrigin origin,
            List<String> annexes,
            Map<UUID, LegalIdentity> legal,
            Locale locale,
            Instant printedAt) {
        Words w = new Words(locale);
        int previous = v.number() - 1;
        String title = w.t("document.amendment.title", numberOf(v.number()), v.reference());
        String footer = w.t("document.footer.amendment", v.reference(), numberOf(v.number()), v.number());
        TermsDiff diff = TermsDiff.between(Objects.requireNonNull(v.previousTerms()), v.terms());
        return Paper.write(w, title, footer, v.fingerprint(), numberOf(v.number()), pdf -> {
            pdf.title(title);
            pdf.text(v.title());
            pdf.text(w.t("document.amendment.intro", previous, v.number()));
            VersionPdf.Identity.write(pdf, w, v, legal, printedAt, null);
            request(pdf, w, origin, annexes);
            changes(pdf, w, diff, origin);
            approvals(pdf, w, v, origin);
            pdf.text(w.t("document.amendment.rest", previous, w.dateTime(v.adoptedAt())));
        });
    }

    private static void request(PdfLayout pdf, Words w, VersionOrigin origin, List<String> annexes) {
        pdf.heading(w.t("document.amendment.request"));
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {
            w.t("document.amendment.request.number"),
            w.t("document.origin.request", origin.requestNumber(), origin.title())
        });
        facts.add(
                new String[] {w.t("document.amendment.reason"), origin.reason().isBlank() ? "—" : origin.reason()});
        if (origin.serves() != null) {
            facts.add(
                    new String[] {w.t("document.amendment.serves"), TermsText.enumLabel(w.locale(), origin.serves())});
        }
        facts.add(new String[] {
            w.t("document.amendment.openedBy"), side(w, origin.authorSide()) + " — " + origin.authorName()
        });
        facts.add(
                new String[] {w.t("document.amendment.annexes"), annexes.isEmpty() ? "—" : String.join("\n", annexes)});
        pdf.facts(facts);
    }

    private static void changes(PdfLayout pdf, Words w, TermsDiff diff, VersionOrigin origin) {
        pdf.heading(w.t("document.amendment.changes"));
        if (diff.isEmpty()) {
            pdf.text(w.t("document.amendment.changes.none"));
            return;
        }
        Provenance provenance = new Provenance(List.of(origin));
        List<List<String>> rows = new ArrayList<>();
        for (ItemChange item : diff.changes()) {
            String element = element(w, item);
            for (FieldChange field : item.fields()) {
                String by = provenance
                        .of(item, field)
                        .map(a -> side(w, a.side()) + " — " + a.authorName())
                        .orElse(side(w, origin.authorSide()) + " — " + origin.authorName());
                rows.add(List.of(
                        element,
                        TermsText.fieldLabel(w.locale(), field.field(), field.detail()),
                        TermsText.format(w.locale(), field.field(), field.kind(), field.before()),
                        TermsText.format(w.locale(), field.field(), field.kind(), field.after()),
                        by));
            }
        }
        pdf.table(
                new float[] {3.2f, 3.2f, 2.6f, 2.6f, 3},
                List.of(
                        w.t("document.amendment.column.element"),
                        w.t("document.amendment.column.field"),
                        w.t("document.amendment.column.before"),
                        w.t("document.amendment.column.after"),
                        w.t("document.amendment.column.by")),
                rows);
    }

    private static void approvals(PdfLayout pdf, Words w, PrintableVersion v, VersionOrigin origin) {
        pdf.heading(w.t("document.amendment.approvals"));
        List<List<String>> rows = origin.approvals().stream()
                .map(a -> List.of(
                        a.name(),
                        a.side() == Side.CLIENT
                                ? v.client().organisationName()
                                : v.provider().organisationName(),
                        // only a side's owner approves for it (ContractRole#canApprove)
                        w.t("contract.role." + ContractRole.ownerOf(a.side()).name()),
                        w.dateTime(a.at())))
                .toList();
        pdf.table(
                new float[] {3, 3.5f, 3, 3},
                List.of(
                        w.t("document.amendment.column.name"),
                        w.t("document.amendment.column.organisation"),
                        w.t("document.amendment.column.role"),
                        w.t("document.amendment.column.at")),
                rows);
    }

    private static String element(Words w, ItemChange item) {
        String section = w.t("terms.section." + item.section().name());
        String name = item.label().isBlank() ? section : section + " — " + item.label();
        return item.kind() == ChangeKind.CHANGED
                ? name
                : name + " ("
                        + w.t("contract.compare.change." + item.kind().name()).toLowerCase(w.locale()) + ")";
    }

    private static String side(Words w, Side side) {
        return w.t("contract.side." + side.name());
    }
}
