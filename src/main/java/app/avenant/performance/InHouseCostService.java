package app.avenant.performance;

import app.avenant.contract.ContractRole;
import app.avenant.contract.Contracts;
import app.avenant.contract.Side;
import app.avenant.identity.Users;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Implements {@link InHouseCosts}: one row per contract, written whole. */
@Service
@Transactional
class InHouseCostService implements InHouseCosts {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    private final Contracts contracts;
    private final Users users;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    InHouseCostService(Contracts contracts, Users users, JdbcTemplate jdbc, Clock clock) {
        this.contracts = contracts;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<InHouseCost> of(UUID contractId) {
        requirePmeSide(contracts.myGrantedRole(contractId));
        List<InHouseCost> found = jdbc.query(
                "select scope_item_key, people, staff_monthly, tools_monthly, hours_monthly, units_monthly, note"
                        + " from inhouse_cost where contract_id = ?",
                (rs, i) -> new InHouseCost(
                        rs.getString("scope_item_key"),
                        rs.getBigDecimal("people"),
                        rs.getBigDecimal("staff_monthly"),
                        rs.getBigDecimal("tools_monthly"),
                        rs.getInt("hours_monthly"),
                        rs.getLong("units_monthly"),
                        rs.getString("note")),
                contractId);
        return found.stream().findFirst();
    }

    @Override
    public void save(UUID contractId, InHouseCost cost) {
        ContractRole role = contracts.myRole(contractId);
        requirePmeSide(role);
        if (!role.canEdit()) {
            throw new AccessDeniedException("Only the PME's editors and owner record its in-house cost");
        }
        validate(contractId, cost);
        // written whole: the row of before, if any, is replaced in the same transaction
        jdbc.update("delete from inhouse_cost where contract_id = ?", contractId);
        jdbc.update(
                "insert into inhouse_cost (contract_id, scope_item_key, people, staff_monthly, tools_monthly,"
                        + " hours_monthly, units_monthly, note, updated_by, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                contractId,
                cost.scopeItemKey(),
                cost.people(),
                cost.staffMonthly(),
                cost.toolsMonthly(),
                cost.hoursMonthly(),
                cost.unitsMonthly(),
                cost.note().strip(),
                users.currentUser().id(),
                java.sql.Timestamp.from(clock.instant()));
    }

    /** The PME's own figures: the provider's members never read them (a negotiation would start from them). */
    private static void requirePmeSide(ContractRole role) {
        if (role.side() != Side.CLIENT) {
            throw new AccessDeniedException("The in-house cost is the PME's own information");
        }
    }

    private void validate(UUID contractId, InHouseCost cost) {
        if (cost.unitsMonthly() < 1) {
            throw new StatementRuleException("performance.inhouse.error.units");
        }
        for (BigDecimal amount : List.of(cost.people(), cost.staffMonthly(), cost.toolsMonthly())) {
            if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.scale() > 2) {
                throw new StatementRuleException("performance.inhouse.error.negative");
            }
        }
        if (cost.hoursMonthly() < 0) {
            throw new StatementRuleException("performance.inhouse.error.negative");
        }
        if (cost.note().strip().length() > InHouseCost.NOTE_MAX) {
            throw new StatementRuleException("performance.inhouse.error.note");
        }
        String item = cost.scopeItemKey();
        if (item != null
                && contracts.currentTerms(contractId).terms().scopeItem(item).isEmpty()) {
            throw new StatementRuleException("performance.inhouse.error.item");
        }
    }
}
