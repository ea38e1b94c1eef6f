package app.avenant.change.draft;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, drafts untouched for {@link ProposalDrafts#KEPT_FOR} are purged, those of the editor and those of
 * the new-request dialog: edits are kept, not hoarded.
 */
@Component
class DraftRetention {

    private static final Logger log = LoggerFactory.getLogger(DraftRetention.class);

    private final ProposalDrafts drafts;
    private final NewRequestDrafts newRequests;

    DraftRetention(ProposalDrafts drafts, NewRequestDrafts newRequests) {
        this.drafts = drafts;
        this.newRequests = newRequests;
    }

    @Scheduled(cron = "${avenant.drafts.purge-cron:0 40 3 * * *}", zone = "Europe/Paris")
    // one node at a time (decision 0054); held 5 minutes at least, so a node whose clock is behind does not run it
    // again
    @SchedulerLock(name = "draft-retention", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    void nightly() {
        int purged = drafts.purgeExpired();
        int purgedNew = newRequests.purgeExpired();
        log.info(
                "Drafts older than {} purged: {} of proposals, {} of new requests",
                ProposalDrafts.KEPT_FOR,
                purged,
                purgedNew);
    }
}
