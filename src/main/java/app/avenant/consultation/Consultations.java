package app.avenant.consultation;

import java.util.List;
import java.util.UUID;

/**
 * Consulting one to three providers before choosing one. The PME's organisation admins run their organisation's
 * consultations; an invited provider's organisation admins answer and see only their own offer. Every method checks
 * the caller's right on that consultation; anyone else gets {@link ConsultationNotFoundException}, exactly as for a
 * consultation that does not exist.
 */
public interface Consultations {

    /**
     * An admin of a PME puts its need to one to three providers; each provider's admins are told by mail.
     *
     * @throws ConsultationRuleException {@code consultation.error.title}, {@code .providers} (none, more than three,
     *         twice the same or not a provider), {@code .answerBy} (not after today), {@code .need.noVolume} (nothing
     *         to price); nothing is stored
     * @throws org.springframework.security.access.AccessDeniedException for anyone but an admin of a PME
     */
    UUID launch(NewConsultation consultation);

    /** The PME's consultations, or those the caller's provider organisation is invited to: newest first, one page. */
    List<ConsultationSummary> mine(int offset, int limit);

    long countMine();

    /**
     * What needs the caller on the home page: for the PME, open consultations with offers to compare or past their
     * answer date; for a provider, invitations still unanswered and decisions of the last 30 days.
     */
    List<ConsultationSummary> needingMe();

    ConsultationDetail detail(UUID consultationId);

    /**
     * The invited provider's admin sends (or sends again, while the consultation is open) its offer.
     *
     * @throws ConsultationRuleException {@code consultation.error.notOpen}, {@code .offer.late} (after the answer
     *         date) or a rule of {@link Offers#apply}; nothing is stored
     * @throws app.avenant.contract.terms.InvalidTermsException when a price or a level breaks the terms' rules
     */
    void submitOffer(UUID consultationId, OfferInput offer);

    /** The invited provider declines, with a reason (required, up to 1 000 characters). */
    void decline(UUID consultationId, String reason);

    /** The PME's comparison of the answered offers, with its weights (none answered: no rows). */
    OfferComparison.Result compare(UUID consultationId, Weights weights);

    /**
     * The PME chooses an answered offer, with a reason: a contract with that provider is created (the given
     * reference, the consultation's title) and the offer becomes its change request n°1, drafted for the PME to
     * submit. All or nothing. The chosen provider and the others are told. The weights the comparison had are kept
     * with the decision, so that it reads later as it did then.
     *
     * @throws ConsultationRuleException {@code consultation.error.notOpen}, {@code .choose.notAnswered},
     *         {@code .reason}; a {@link app.avenant.contract.ContractRuleException} for the reference
     */
    Chosen choose(UUID consultationId, UUID offerId, String contractReference, String reason, Weights weights);

    /** The PME closes the consultation without choosing, with a reason; every provider still in it is told. */
    void close(UUID consultationId, String reason);
}
