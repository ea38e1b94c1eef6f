package app.avenant.contract.terms;

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
 */
public record ScopeItem(
        String key,
        String title,
        String description,
        String acceptanceCriteria,
        String unitOfMeasure,
        String documentationUrl,
        boolean retainedDecision,
        @Nullable VolumeTerms volume) {

    /** Ready to outsource: described, with acceptance criteria, a unit of measure and documentation. */
    public boolean isReady() {
        return !description.isBlank()
                && !acceptanceCriteria.isBlank()
                && !unitOfMeasure.isBlank()
                && !documentationUrl.isBlank();
    }
}
