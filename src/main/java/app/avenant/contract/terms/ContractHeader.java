package app.avenant.contract.terms;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The contract's frame.
 *
 * @param startDate          first day of the contract
 * @param initialTermMonths  length of the initial term, in months (&gt; 0)
 * @param renewal            tacit or express renewal
 * @param renewalTermMonths  length of each renewal period, in months (&gt; 0)
 * @param noticePeriodMonths notice (préavis) to give before the end of a term, in months (&ge; 0)
 * @param atRiskPercent      share of the month's charges that service credits may take, 0–100
 * @param penaltyCapAmount   total of service credits over the contract's life, in euros (&gt; 0); null when the
 *                           contract sets no cap (PRODUCT.md, edge rules: a cap of 0 would wipe out every credit)
 */
public record ContractHeader(
        LocalDate startDate,
        int initialTermMonths,
        Renewal renewal,
        int renewalTermMonths,
        int noticePeriodMonths,
        BigDecimal atRiskPercent,
        @Nullable BigDecimal penaltyCapAmount) {

    /** True when the contract limits its service credits over its life. */
    public boolean hasPenaltyCap() {
        return penaltyCapAmount != null;
    }
}
