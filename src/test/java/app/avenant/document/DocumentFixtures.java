package app.avenant.document;

import app.avenant.contract.ContractFilter;
import app.avenant.contract.Contracts;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** What the document tests share: the demo's bookkeeping contract, and a small real PDF of one's own. */
public final class DocumentFixtures {

    private DocumentFixtures() {}

    /** AV-2026-001, as the signed-in member sees it. */
    public static UUID bookkeeping(Contracts contracts) {
        return contracts
                .myContracts(new ContractFilter(null, "AV-2026-001"), 0, 5)
                .getFirst()
                .id();
    }

    /** A PDF by its content (header and trailer), different for each text. */
    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }
}
