package app.avenant.demo;

import static app.avenant.demo.DemoActor.as;

import app.avenant.performance.StatementRuleException;
import app.avenant.performance.Statements;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The monthly statements of AV-2026-001 as the two sides would have kept them: the provider's team lead
 * records each ended month's service-level measurements, both sides validate every month up to two months
 * ago (locked), the provider alone validated last-but-one... so the demo shows every state: locked months,
 * one awaiting the PME, last month open. May's 48 h rate is below its minimum: a service credit.
 * <p>
 * Done through {@link Statements} as the people themselves (not as the application), so every rule applies.
 */
@Component
@ConditionalOnProperty(name = "avenant.demo-data.enabled", havingValue = "true")
class DemoStatements {

    private static final YearMonth CONTRACT_START = YearMonth.of(2026, 1);
    private static final String WITHIN_48H = "factures-48h";
    private static final String WITHOUT_ERROR = "factures-sans-erreur";
    /** Measured "sous 48 h" rates, January first: at risk in March, missed in May. */
    private static final List<String> WITHIN_48H_RATES =
            List.of("96.4", "95.2", "93.1", "97.0", "88.5", "95.8", "96.9", "97.5", "95.5", "96.1", "95.9", "96.3");

    private static final List<String> WITHOUT_ERROR_RATES =
            List.of("99.4", "99.1", "98.2", "99.6", "99.0", "99.3", "99.5", "99.7", "99.2", "98.9", "99.4", "99.1");

    private final Statements statements;
    private final Clock clock;

    DemoStatements(Statements statements, Clock clock) {
        this.statements = statements;
        this.clock = clock;
    }

    void record(UUID contract) {
        YearMonth lastEnded = YearMonth.now(clock).minusMonths(1);
        for (YearMonth month = CONTRACT_START; !month.isAfter(lastEnded); month = month.plusMonths(1)) {
            YearMonth m = month;
            int index = month.getMonthValue() - 1;
            as("lea.bernard", () -> {
                statements.recordMeasurement(contract, m, WITHIN_48H, new BigDecimal(WITHIN_48H_RATES.get(index)));
                measureIfDefined(contract, m, WITHOUT_ERROR, WITHOUT_ERROR_RATES.get(index));
                return null;
            });
            if (month.isBefore(lastEnded)) {
                int revision = as(
                        "julien.moreau",
                        () -> statements.statement(contract, m).current().number());
                as("julien.moreau", () -> validate(contract, m, revision));
                if (month.isBefore(lastEnded.minusMonths(1))) {
                    as("claire.martin", () -> validate(contract, m, revision));
                }
            }
        }
    }

    /** The quality indicator only exists from version 2: months priced by version 1 do not measure it. */
    private void measureIfDefined(UUID contract, YearMonth month, String level, String value) {
        try {
            statements.recordMeasurement(contract, month, level, new BigDecimal(value));
        } catch (StatementRuleException e) {
            // unknown level in the version pricing that month: nothing to measure
        }
    }

    private Void validate(UUID contract, YearMonth month, int revision) {
        statements.validate(contract, month, revision);
        return null;
    }
}
