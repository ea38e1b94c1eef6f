package app.avenant.contract.persistence;

import app.avenant.contract.terms.InvalidTermsException;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.TermsViolation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Versions adopted before two edge rules of PRODUCT.md were written still read, with the meaning they always had
 * (docs/decisions/0046). A penalty cap of 0 was shown as « Aucun plafond fixé »: it is read as no cap. A closed
 * last band always priced the units above it at its rate: it is read as open. The stored document is never
 * rewritten (its fingerprint is printed on the version's PDF); only its reading changes.
 */
final class EarlierRules {

    private EarlierRules() {}

    /** True when every rule the document breaks is one of those two. */
    static boolean explain(InvalidTermsException invalid) {
        return invalid.violations().stream().allMatch(EarlierRules::earlier);
    }

    private static boolean earlier(TermsViolation violation) {
        return violation.code().equals("band.last.closed")
                || (violation.path().equals("header.penaltyCapAmount")
                        && violation.code().equals("positive.required"));
    }

    static Terms upgrade(String json) {
        JsonNode tree = TermsJson.tree(json);
        if (tree.get("header") instanceof ObjectNode header) {
            JsonNode cap = header.get("penaltyCapAmount");
            if (cap != null && cap.isNumber() && cap.decimalValue().signum() == 0) {
                header.remove("penaltyCapAmount");
            }
        }
        for (JsonNode item : tree.path("scopeItems")) {
            JsonNode bands = item.path("volume").path("pricing").path("bands");
            if (bands.isArray() && !bands.isEmpty() && bands.get(bands.size() - 1) instanceof ObjectNode last) {
                last.putNull("toUnits");
            }
        }
        return TermsJson.fromTree(tree);
    }
}
