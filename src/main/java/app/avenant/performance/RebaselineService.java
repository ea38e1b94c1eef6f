package app.avenant.performance;

import app.avenant.change.ChangeRequestDetail;
import app.avenant.change.ChangeRequests;
import app.avenant.change.NewChangeRequest;
import app.avenant.contract.Contracts;
import app.avenant.contract.terms.InvalidTermsException;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.VolumeTerms;
import app.avenant.performance.metrics.RebaselineDetector;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Implements {@link Rebaselining}: proposes a change request through {@link ChangeRequests} (which checks the
 * caller's right again) and revises it at once with the suggested baseline, in one transaction.
 */
@Service
@Transactional
class RebaselineService implements Rebaselining {

    static final String NO_SUGGESTION = "performance.statement.error.rebaseline.none";
    static final String INVALID_SUGGESTION = "performance.statement.error.rebaseline.invalid";

    private static final DateTimeFormatter FRENCH_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

    private final Contracts contracts;
    private final ChangeRequests changeRequests;
    private final RebaselineSuggestions suggestions;

    RebaselineService(Contracts contracts, ChangeRequests changeRequests, RebaselineSuggestions suggestions) {
        this.contracts = contracts;
        this.changeRequests = changeRequests;
        this.suggestions = suggestions;
    }

    @Override
    public UUID draftRebaseline(UUID contractId, String scopeItemKey) {
        if (!contracts.myRole(contractId).canEdit()) {
            throw new AccessDeniedException("Proposing a change is reserved to editors, owners and managers");
        }
        RebaselineSuggestion suggestion = suggestions.of(contractId).stream()
                .filter(s -> s.scopeItemKey().equals(scopeItemKey))
                .findFirst()
                .orElseThrow(() -> new StatementRuleException(NO_SUGGESTION));
        UUID id = changeRequests.propose(
                contractId,
                new NewChangeRequest(
                        title(suggestion),
                        reason(suggestion),
                        // volumes are what the contract is paid for: re-baselining serves the cost objective
                        ObjectiveKind.COST));
        ChangeRequestDetail draft = changeRequests.detail(id);
        Terms proposed = draft.proposed();
        ScopeItem item = proposed.scopeItem(scopeItemKey).orElseThrow(() -> new StatementRuleException(NO_SUGGESTION));
        VolumeTerms volume = item.volume();
        if (volume == null) {
            throw new StatementRuleException(NO_SUGGESTION);
        }
        Terms rebaselined;
        try {
            rebaselined = proposed.withScopeItem(RebaselineDetector.withBaseline(item, suggestion.suggestedBaseline()));
        } catch (InvalidTermsException invalid) {
            // the detector proposes only accepted baselines; should the terms still refuse it, nothing is drafted
            // (the transaction rolls the draft back) and the person is told why
            throw new StatementRuleException(INVALID_SUGGESTION);
        }
        changeRequests.revise(
                id,
                draft.version(),
                rebaselined,
                "Volume de référence " + suggestion.currentBaseline() + " → " + suggestion.suggestedBaseline());
        return id;
    }

    private static String title(RebaselineSuggestion s) {
        String title = "Nouveau volume de référence : " + s.title();
        return title.length() <= 200 ? title : title.substring(0, 199) + "…";
    }

    private static String reason(RebaselineSuggestion s) {
        StringBuilder months = new StringBuilder();
        for (int i = 0; i < s.months().size(); i++) {
            if (i > 0) {
                months.append(i == s.months().size() - 1 ? " et " : ", ");
            }
            months.append(FRENCH_MONTH.format(s.months().get(i)))
                    .append(" (")
                    .append(s.units().get(i))
                    .append(')');
        }
        return "« " + s.title() + " » est sorti de sa marge de flexibilité "
                + s.months().size()
                + " mois de suite : " + months + ". Le volume de référence passe de " + s.currentBaseline()
                + " à " + s.suggestedBaseline() + " par mois (moyenne de ces mois, profil saisonnier retiré).";
    }
}
