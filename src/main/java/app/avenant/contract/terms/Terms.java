package app.avenant.contract.terms;

import java.util.List;
import java.util.Optional;

/**
 * Everything both parties agreed in one version of a contract. Immutable; validates itself on
 * construction and reports every broken rule with the path of the offending field
 * ({@link InvalidTermsException}).
 *
 * @param header        dates, renewal, notice, at-risk percentage and penalty cap
 * @param objectives    the value sought by outsourcing (mistake n°1 of the article)
 * @param scopeItems    the well-defined, measurable tasks, each with its optional volume terms
 * @param serviceLevels the service levels and their credits
 */
public record Terms(
        ContractHeader header,
        List<Objective> objectives,
        List<ScopeItem> scopeItems,
        List<ServiceLevel> serviceLevels) {

    public Terms {
        // validated before copying: List.copyOf would reject a null list or item before it could be reported
        TermsValidator.requireValid(header, objectives, scopeItems, serviceLevels);
        objectives = List.copyOf(objectives);
        scopeItems = List.copyOf(scopeItems);
        serviceLevels = List.copyOf(serviceLevels);
    }

    /** Terms with a header and nothing else yet: the base of a contract's first change request. */
    public static Terms initial(ContractHeader header) {
        return new Terms(header, List.of(), List.of(), List.of());
    }

    public Terms withHeader(ContractHeader replacement) {
        return new Terms(replacement, objectives, scopeItems, serviceLevels);
    }

    /** Replaces the objective of the same key in place, or appends it. */
    public Terms withObjective(Objective replacedOrAdded) {
        return new Terms(
                header, Lists.replacingByKey(objectives, replacedOrAdded, Objective::key), scopeItems, serviceLevels);
    }

    public Terms withoutObjective(String key) {
        return new Terms(header, Lists.withoutKey(objectives, key, Objective::key), scopeItems, serviceLevels);
    }

    /** Replaces the scope item of the same key in place, or appends it. */
    public Terms withScopeItem(ScopeItem replacedOrAdded) {
        return new Terms(
                header, objectives, Lists.replacingByKey(scopeItems, replacedOrAdded, ScopeItem::key), serviceLevels);
    }

    public Terms withoutScopeItem(String key) {
        return new Terms(header, objectives, Lists.withoutKey(scopeItems, key, ScopeItem::key), serviceLevels);
    }

    /** Replaces the service level of the same key in place, or appends it. */
    public Terms withServiceLevel(ServiceLevel replacedOrAdded) {
        return new Terms(
                header,
                objectives,
                scopeItems,
                Lists.replacingByKey(serviceLevels, replacedOrAdded, ServiceLevel::key));
    }

    public Terms withoutServiceLevel(String key) {
        return new Terms(header, objectives, scopeItems, Lists.withoutKey(serviceLevels, key, ServiceLevel::key));
    }

    public Optional<Objective> objective(String key) {
        return Optional.ofNullable(Lists.findByKey(objectives, key, Objective::key));
    }

    public Optional<ScopeItem> scopeItem(String key) {
        return Optional.ofNullable(Lists.findByKey(scopeItems, key, ScopeItem::key));
    }

    public Optional<ServiceLevel> serviceLevel(String key) {
        return Optional.ofNullable(Lists.findByKey(serviceLevels, key, ServiceLevel::key));
    }
}
