package app.avenant.invoicing;

import app.avenant.shared.InvoicedMonths;
import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which invoices bill a month: the statement asks before reopening it (one indexed read of the invoice's unique
 * contract and month); issuing and receiving ask which numbers already bill it, so a month is not billed twice.
 */
@Component
class InvoicedMonthsSql implements InvoicedMonths {

    private final JdbcTemplate jdbc;

    InvoicedMonthsSql(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean invoiced(UUID contractId, YearMonth month) {
        Integer n = jdbc.queryForObject(
                "select count(*) from invoice where contract_id = ? and invoice_month = ?",
                Integer.class,
                contractId,
                Date.valueOf(month.atDay(1)));
        return n != null && n > 0;
    }

    /** The number of the month's invoice issued in Avenant, if any. */
    List<String> issuedNumbers(UUID contractId, YearMonth month) {
        return jdbc.queryForList(
                "select invoice_number from invoice where contract_id = ? and invoice_month = ?",
                String.class,
                contractId,
                Date.valueOf(month.atDay(1)));
    }

    /** The numbers of the month's received invoices not cancelled by a credit note, oldest first. */
    List<String> receivedNumbers(UUID contractId, YearMonth month) {
        return jdbc.queryForList(
                "select invoice_number from received_invoice where contract_id = ? and invoice_month = ?"
                        + " and cancelled_at is null order by received_at",
                String.class,
                contractId,
                Date.valueOf(month.atDay(1)));
    }
}
