package app.avenant.consultation;

import app.avenant.contract.terms.Pricing;
import java.util.Map;

/**
 * What a provider answers to a consultation.
 *
 * @param prices  per volume-priced scope item of the need (by key): its price, with the need's mechanism (the bands'
 *                limits and the deadband stay those the PME described, so that every offer prices the same volumes)
 * @param levels  per service level of the need (by key): the target and minimum the provider commits to
 * @param answers per security question asked: yes, partly or no, with a comment
 * @param note    what the provider wants the PME to read (its approach, what the price includes), may be blank
 */
public record OfferInput(
        Map<String, Pricing> prices,
        Map<String, CommittedLevel> levels,
        Map<SecurityQuestion, SecurityAnswer> answers,
        String note) {

    public static final int NOTE_MAX = 2000;

    public OfferInput {
        prices = Map.copyOf(prices);
        levels = Map.copyOf(levels);
        answers = Map.copyOf(answers);
        note = note == null ? "" : note.strip();
    }
}
