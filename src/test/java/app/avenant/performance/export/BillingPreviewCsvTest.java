package app.avenant.performance.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.performance.DeliveryRates;
import app.avenant.performance.IndicatorReport;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BillingPreviewCsvTest {

    private final String text = new String(BillingPreviewCsv.write(SampleMonths.report()), StandardCharsets.UTF_8);

    @Test
    void has_a_bom_and_one_french_header_row() {
        assertThat(text)
                .startsWith(CsvTable.BOM + "mois;version;poste;type de ligne;détail;unités;prix unitaire;montant\r\n");
    }

    @Test
    void lists_every_band_line_then_the_credit_then_the_total_of_the_month() {
        assertThat(linesOf("2026-10"))
                .containsExactly(
                        "2026-10;2;Saisie des factures fournisseurs;tranche;0–500;500;2,00;1000,00",
                        "2026-10;2;Saisie des factures fournisseurs;tranche;501–1000;500;1,80;900,00",
                        "2026-10;2;Saisie des factures fournisseurs;tranche;1001–;180;1,60;288,00",
                        "2026-10;2;;avoir;;;;-131,28",
                        "2026-10;2;;total du mois;;1180;;2056,72");
    }

    @Test
    void the_lines_of_each_month_add_up_to_its_total_to_the_cent() {
        for (String month : List.of("2026-08", "2026-09", "2026-10")) {
            List<String> lines = linesOf(month);
            BigDecimal sum = BigDecimal.ZERO;
            for (String line : lines.subList(0, lines.size() - 1)) {
                sum = sum.add(amount(line));
            }
            assertThat(sum).as(month).isEqualByComparingTo(amount(lines.getLast()));
        }
    }

    @Test
    void a_month_without_units_still_has_its_total_row() {
        assertThat(linesOf("2026-08")).containsExactly("2026-08;1;;total du mois;;0;;0,00");
    }

    @Test
    void a_fixed_charge_has_no_unit_price_and_arc_and_recorded_costs_have_their_own_lines() {
        IndicatorReport report = new IndicatorReport(
                SampleMonths.OCTOBER,
                SampleMonths.OCTOBER,
                List.of(SampleMonths.arcMonth()),
                new DeliveryRates(4, 4, 4, 0, 0, null, null, null));
        String csv = new String(BillingPreviewCsv.write(report), StandardCharsets.UTF_8);
        assertThat(csv)
                .contains("2026-11;3;\"Support; niveau 1\";forfait;×1;1000;;12000,00\r\n"
                        + "2026-11;3;\"Support; niveau 1\";ARC;950–1050;180;11;1980,00\r\n"
                        + "2026-11;3;;coûts enregistrés;;;;50,00\r\n"
                        + "2026-11;3;;total du mois;;1180;;14030,00\r\n");
    }

    @Test
    void texts_that_look_like_formulas_are_defused_and_quotes_are_doubled() {
        assertThat(CsvTable.text("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(CsvTable.text("-poste")).isEqualTo("'-poste");
        assertThat(CsvTable.text("dit \"urgent\"")).isEqualTo("\"dit \"\"urgent\"\"\"");
        assertThat(CsvTable.text("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(CsvTable.text("Paie")).isEqualTo("Paie");
    }

    private List<String> linesOf(String month) {
        return text.lines().filter(l -> l.startsWith(month + ";")).toList();
    }

    private static BigDecimal amount(String line) {
        String[] fields = line.split(";", -1);
        return new BigDecimal(fields[fields.length - 1].replace(',', '.'));
    }
}
