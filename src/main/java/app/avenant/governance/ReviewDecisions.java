package app.avenant.governance;

import app.avenant.change.ChangeRequests;
import app.avenant.change.ChangeRuleException;
import app.avenant.change.NewChangeRequest;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.governance.domain.ReviewDecisionChange;
import app.avenant.governance.domain.ReviewDecisionChangeRepository;
import app.avenant.identity.Users;
import app.avenant.shared.format.Formats;
import app.avenant.shared.i18n.Translations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A comité's decision followed up by a draft change request, so that what was decided gets negotiated and
 * signed rather than forgotten in the minutes. Editors and owners of either side open one (viewers are
 * denied, outsiders get {@link ReviewNotFoundException}); every member sees which decisions are followed.
 */
@Service
@Transactional
public class ReviewDecisions {

    /** The decision becomes the change request's title, whose limit this is. */
    public static final int DECISION_MAX_LENGTH = ReviewDecisionChange.DECISION_MAX_LENGTH;

    private final Reviews reviews;
    private final ReviewDecisionChangeRepository links;
    private final ChangeRequests changeRequests;
    private final Users users;
    private final Clock clock;

    ReviewDecisions(
            Reviews reviews,
            ReviewDecisionChangeRepository links,
            ChangeRequests changeRequests,
            Users users,
            Clock clock) {
        this.reviews = reviews;
        this.links = links;
        this.changeRequests = changeRequests;
        this.users = users;
        this.clock = clock;
    }

    /**
     * Opens a draft change request titled with the decision, whose reason says which comité decided it, and
     * records the link. Nothing is stored when the change module refuses the proposal.
     *
     * @return the change request's id
     * @throws GovernanceRuleException {@code governance.pack.error.decision.required} or {@code .decision.tooLong}
     * @throws ChangeRuleException     when the change module refuses the proposal
     * @throws AccessDeniedException   for a viewer
     */
    public UUID openChangeRequest(UUID reviewId, String decision, ObjectiveKind serves) {
        ReviewDetail review = reviews.review(reviewId); // outsiders: not found
        if (!review.canEdit()) {
            throw new AccessDeniedException("Viewers do not open change requests");
        }
        String text = decision.strip();
        if (text.isEmpty()) {
            throw new GovernanceRuleException("governance.pack.error.decision.required");
        }
        if (text.length() > DECISION_MAX_LENGTH) {
            throw new GovernanceRuleException("governance.pack.error.decision.tooLong");
        }
        LocalDate day = LocalDate.ofInstant(review.startsAt(), clock.getZone());
        // the reason is part of the contract's record, written in the product's language like its terms
        String reason = Translations.get(
                Translations.FRENCH, "governance.pack.decision.reason", Formats.date(day, Translations.FRENCH), text);
        UUID changeRequestId = changeRequests.propose(review.contractId(), new NewChangeRequest(text, reason, serves));
        int number = changeRequests.detail(changeRequestId).number();
        links.save(new ReviewDecisionChange(
                reviewId, changeRequestId, number, text, users.currentUser().id(), clock.instant()));
        return changeRequestId;
    }

    /** The review's decisions already followed by a change request, oldest first. */
    @Transactional(readOnly = true)
    public List<FollowedDecision> followed(UUID reviewId) {
        reviews.requireVisible(reviewId); // outsiders: not found
        return followedOf(links, reviewId);
    }

    /** For the pack, which has already checked the caller's right on the contract. */
    static List<FollowedDecision> followedOf(ReviewDecisionChangeRepository links, UUID reviewId) {
        return links.findByReviewIdOrderByCreatedAtAscChangeRequestNumberAsc(reviewId).stream()
                .map(link -> new FollowedDecision(
                        link.changeRequestId(), link.changeRequestNumber(), link.decision(), link.createdAt()))
                .toList();
    }
}
