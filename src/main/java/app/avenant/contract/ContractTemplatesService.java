package app.avenant.contract;

import app.avenant.contract.ContractGuard.Access;
import app.avenant.contract.domain.Contract;
import app.avenant.contract.persistence.TermsJson;
import app.avenant.contract.templates.BuiltInTemplates;
import app.avenant.contract.terms.ContractHeader;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.Terms;
import app.avenant.identity.CurrentUser;
import app.avenant.identity.OrganisationKind;
import app.avenant.identity.Users;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Implements {@link ContractTemplates}: the built-in ones from the code, the organisation's from its table. */
@Service
@Transactional(readOnly = true)
class ContractTemplatesService implements ContractTemplates {

    static final String BUILT_IN = "builtin:";
    static final int NAME_MAX = 200;

    private final ContractGuard guard;
    private final ContractRecords records;
    private final Users users;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ContractTemplatesService(
            ContractGuard guard, ContractRecords records, Users users, JdbcTemplate jdbc, Clock clock) {
        this.guard = guard;
        this.records = records;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<TemplateChoice> available() {
        CurrentUser me = users.currentUser();
        List<TemplateChoice> choices = new ArrayList<>();
        for (Activity activity : Activity.values()) {
            String name = BuiltInTemplates.NAMES.get(activity);
            if (name != null) {
                choices.add(new TemplateChoice(BUILT_IN + activity.name(), activity, name, true));
            }
        }
        choices.addAll(jdbc.query(
                "select id, activity, name from contract_template where organisation_id = ? order by name",
                (rs, i) -> new TemplateChoice(
                        rs.getObject("id", UUID.class).toString(),
                        Activity.valueOf(rs.getString("activity")),
                        rs.getString("name"),
                        false),
                me.organisation().id()));
        choices.sort(Comparator.comparing(TemplateChoice::activity).thenComparing(c -> !c.builtIn()));
        return choices;
    }

    @Override
    public Terms termsFor(UUID contractId, String templateId) {
        Access access = guard.requireMembershipToRead(contractId);
        Contract c = access.contract();
        return templateUnder(records.termsAt(c, 0).header(), templateId, access.me());
    }

    @Override
    public Terms startingTerms(String templateId) {
        return templateUnder(
                ContractRecords.defaultHeader(clock.instant(), clock.getZone()), templateId, users.currentUser());
    }

    private Terms templateUnder(ContractHeader start, String templateId, CurrentUser me) {
        if (templateId.startsWith(BUILT_IN)) {
            try {
                return BuiltInTemplates.of(Activity.valueOf(templateId.substring(BUILT_IN.length())), start);
            } catch (IllegalArgumentException e) {
                throw new ContractRuleException("contract.error.template.unknown");
            }
        }
        UUID id;
        try {
            id = UUID.fromString(templateId);
        } catch (IllegalArgumentException e) {
            throw new ContractRuleException("contract.error.template.unknown");
        }
        List<String> found = jdbc.queryForList(
                "select terms from contract_template where id = ? and organisation_id = ?",
                String.class,
                id,
                me.organisation().id());
        if (found.isEmpty()) {
            throw new ContractRuleException("contract.error.template.unknown");
        }
        Terms saved = TermsJson.read(found.getFirst());
        ContractHeader h = saved.header();
        // the contract's own start date; the template's terms, renewal, notice and penalties
        return saved.withHeader(new ContractHeader(
                start.startDate(),
                h.initialTermMonths(),
                h.renewal(),
                h.renewalTermMonths(),
                h.noticePeriodMonths(),
                h.atRiskPercent(),
                h.penaltyCapAmount()));
    }

    @Override
    @Transactional
    public UUID saveAsTemplate(UUID contractId, String name, Activity activity) {
        Access access = guard.requireMembership(contractId);
        CurrentUser me = access.me();
        Contract c = access.contract();
        if (!me.organisationAdmin()
                || me.organisation().kind() != OrganisationKind.CLIENT
                || !me.organisation().id().equals(c.clientOrganisationId())) {
            throw new AccessDeniedException("Only an organisation admin of the PME saves its templates");
        }
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_MAX) {
            throw new ContractRuleException("contract.error.template.name");
        }
        if (c.currentVersion() == 0) {
            throw new ContractRuleException("contract.error.template.noVersion");
        }
        Terms terms = records.termsAt(c, c.currentVersion());
        // a scope item's documents are that contract's files: a template starts another contract without them
        List<ScopeItem> items = terms.scopeItems().stream()
                .map(item -> new ScopeItem(
                        item.key(),
                        item.title(),
                        item.description(),
                        item.acceptanceCriteria(),
                        item.unitOfMeasure(),
                        item.documentationUrl(),
                        item.retainedDecision(),
                        item.volume()))
                .toList();
        Terms template = new Terms(terms.header(), terms.objectives(), items, terms.serviceLevels());
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into contract_template (id, organisation_id, activity, name, terms, created_by, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                id,
                me.organisation().id(),
                activity.name(),
                trimmed,
                TermsJson.write(template),
                me.id(),
                java.sql.Timestamp.from(clock.instant()));
        return id;
    }
}
