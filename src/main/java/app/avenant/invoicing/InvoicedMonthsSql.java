package app.avenant.invoicing;

import app.avenant.shared.InvoicedMonths;
import java.sql.Date;
import java.time.YearMonth;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The statement asks before reopening a month: one indexed read of the invoice's unique (contract, month) key. */
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
}
