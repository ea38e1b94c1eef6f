package app.avenant.contract.terms;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One well-defined, measurable task (mistake n°4 of the article).
 *
 * @param key                stable key across versions (diff and merge match items on it)
 * @param title              short name, required
 * @param description        what the task is (blank allowed while drafting)
 * @param acceptanceCriteria how a deliverable is accepted (blank allowed while drafting)
 * @param unitOfMeasure      the unit counted, e.g. "facture traitée" (blank allowed while drafting)
 * @param documentationUrl   link to the procedure (blank allowed while drafting)
 * @param retainedDecision   true when the decisions of this task stay with the PME
 * @param volume             volume and pricing terms, or null when the item is not volume-priced
 * @param attachments        documents attached to the task (its procedure, a template), in the order added; never
 *                           null
 */
public record ScopeItem(
        String key,
        String title,
        String description,
        String acceptanceCriteria,
        String unitOfMeasure,
        String documentationUrl,
        boolean retainedDecision,
        @Nullable VolumeTerms volume,
        List<ScopeAttachment> attachments) {

    public ScopeItem {
        // a document stored before attachments existed has none
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A scope item without attached documents. */
    public ScopeItem(
            String key,
            String title,
            String description,
            String acceptanceCriteria,
            String unitOfMeasure,
            String documentationUrl,
            boolean retainedDecision,
            @Nullable VolumeTerms volume) {
        this(
                key,
                title,
                description,
                acceptanceCriteria,
                unitOfMeasure,
                documentationUrl,
                retainedDecision,
                volume,
                List.of());
    }

    /** The same item with other volume terms (a consultation's expected units, a provider's prices). */
    public ScopeItem withVolume(@Nullable VolumeTerms replacement) {
        return new ScopeItem(
                key,
                title,
                description,
                acceptanceCriteria,
                unitOfMeasure,
                documentationUrl,
                retainedDecision,
                replacement,
                attachments);
    }

    /** The same item with these documents attached. */
    public ScopeItem withAttachments(List<ScopeAttachment> documents) {
        return new ScopeItem(
                key,
                title,
                description,
                acceptanceCriteria,
                unitOfMeasure,
                documentationUrl,
                retainedDecision,
                volume,
                documents);
    }

    /**
     * "Procédure.pdf (3f2a9c1e), Modèle.xlsx (77b0d2aa)": how the diff and the merge read the attachments; the start
     * of each fingerprint shows a document replaced by another of the same name.
     */
    public String attachmentsAsText() {
        return attachments.stream()
                .map(a -> a.fileName() + " (" + a.sha256().substring(0, 8) + ")")
                .collect(Collectors.joining(", "));
    }

    /**
     * Ready to outsource: described, with acceptance criteria, a unit of measure and documentation (a link or an
     * attached document).
     */
    public boolean isReady() {
        return !description.isBlank()
                && !acceptanceCriteria.isBlank()
                && !unitOfMeasure.isBlank()
                && (!documentationUrl.isBlank() || !attachments.isEmpty());
    }
}
