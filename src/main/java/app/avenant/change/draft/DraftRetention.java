package app.avenant.change.draft;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, drafts untouched for {@link ProposalDrafts#KEPT_FOR} are purged: edits are kept, not hoarded. */
@Component
class DraftRetention {

    private static final Logger log = LoggerFactory.getLogger(DraftRetention.class);

    private final ProposalDrafts drafts;

    DraftRetention(ProposalDrafts drafts) {
        this.drafts = drafts;
    }

    @Scheduled(cron = "${avenant.drafts.purge-cron:0 40 3 * * *}", zone = "Europe/Paris")
    void nightly() {
        int purged = drafts.purgeExpired();
        log.info("Proposal drafts older than {} purged: {}", ProposalDrafts.KEPT_FOR, purged);
    }
}
