package app.avenant.contract;

import app.avenant.contract.terms.Terms;
import java.util.List;
import java.util.UUID;

/**
 * Templates to start a contract's first terms from (issue 15, point 1): the portal's own, one per activity PMEs
 * outsource most, and the caller's organisation's own, saved from one of its contracts.
 */
public interface ContractTemplates {

    /**
     * @param id      {@code builtin:<ACTIVITY>} for the portal's own, the stored template's id otherwise
     * @param builtIn the portal's own (else the organisation's)
     */
    record TemplateChoice(String id, Activity activity, String name, boolean builtIn) {}

    /** The portal's templates and those of the caller's organisation, by activity then name. */
    List<TemplateChoice> available();

    /**
     * The template's terms for a contract's first change request: its scope items, volumes, service levels and
     * objectives under the contract's own start date (its version 0 header).
     *
     * @throws ContractNotFoundException for a non-member, as for a missing contract
     * @throws ContractRuleException {@code contract.error.template.unknown} for a template the caller cannot use
     */
    Terms termsFor(UUID contractId, String templateId);

    /**
     * The template's terms before any contract exists (a consultation's need): they start on the first day of next
     * month.
     *
     * @throws ContractRuleException {@code contract.error.template.unknown} for a template the caller cannot use
     */
    Terms startingTerms(String templateId);

    /**
     * An organisation admin of the PME saves the terms in force of one of its contracts as a template of their
     * organisation (without the documents attached to its scope items, which belong to that contract).
     *
     * @throws ContractRuleException {@code contract.error.template.name} (blank or longer than 200 characters) or
     *         {@code .template.noVersion} (nothing adopted yet)
     * @throws org.springframework.security.access.AccessDeniedException for anyone but an admin of the PME
     */
    UUID saveAsTemplate(UUID contractId, String name, Activity activity);
}
