package app.avenant.change.draft;

import app.avenant.change.ChangeRequestEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Drafts go with what made them pointless, in the very transaction that did it: a person's draft when they save
 * a revision, every draft of a request when it is accepted, rejected or withdrawn.
 */
@Component
class DraftCleanup {

    private final ProposalDrafts drafts;

    DraftCleanup(ProposalDrafts drafts) {
        this.drafts = drafts;
    }

    @EventListener
    void on(ChangeRequestEvent event) {
        switch (event) {
            case ChangeRequestEvent.Revised revised -> drafts.savedBy(revised.actorId(), revised.changeRequestId());
            case ChangeRequestEvent.Accepted accepted -> drafts.closed(accepted.changeRequestId());
            case ChangeRequestEvent.Rejected rejected -> drafts.closed(rejected.changeRequestId());
            case ChangeRequestEvent.Withdrawn withdrawn -> drafts.closed(withdrawn.changeRequestId());
            default -> {
                // comments, approvals, submission and wording leave the terms as they are: drafts stay
            }
        }
    }
}
