package app.avenant.performance;

import java.util.UUID;

/**
 * Drafting a change request from a re-baselining suggestion ({@link Indicators#rebaselineSuggestions}): the one
 * thing the screens that show the suggestions write. Kept apart from {@link Indicators}, which only reads.
 */
public interface Rebaselining {

    /**
     * An editor or owner of either side turns a suggestion into a draft change request whose proposed terms
     * carry the suggested baseline; returns the change request's id.
     */
    UUID draftRebaseline(UUID contractId, String scopeItemKey);
}
