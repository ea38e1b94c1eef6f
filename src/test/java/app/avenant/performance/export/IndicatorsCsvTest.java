package app.avenant.performance.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.performance.DeliveryRates;
import app.avenant.performance.IndicatorReport;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorsCsvTest {

    private final byte[] bytes = IndicatorsCsv.write(SampleMonths.report());
    private final String text = new String(bytes, StandardCharsets.UTF_8);

    @Test
    void starts_with_the_utf8_byte_order_mark_so_that_excel_reads_the_accents() {
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    }

    @Test
    void has_one_french_header_row_separated_by_semicolons() {
        assertThat(lines().getFirst())
                .isEqualTo(
                        CsvTable.BOM
                                + "mois;version;livrés;à l'heure %;premier coup %;reprise %;unités;coût par unité;prix nominal;avoirs");
    }

    @Test
    void ends_every_line_with_crlf() {
        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(lines()).hasSize(4);
    }

    @Test
    void writes_one_row_per_month_with_decimal_commas_for_the_worked_example() {
        assertThat(lines().get(2)).isEqualTo("2026-09;1;10;90,0;80,0;10,0;800;1,93;1,93;0,00");
        assertThat(lines().get(3)).isEqualTo("2026-10;2;20;75,0;90,0;10,0;1180;1,74;1,93;131,28");
    }

    @Test
    void leaves_the_rates_of_a_month_without_deliverables_empty_rather_than_zero() {
        assertThat(lines().get(1)).isEqualTo("2026-08;1;0;;;;0;;2,00;0,00");
    }

    @Test
    void an_empty_report_is_just_the_header() {
        IndicatorReport empty = new IndicatorReport(
                SampleMonths.AUGUST,
                SampleMonths.AUGUST,
                List.of(),
                new DeliveryRates(0, 0, 0, 0, 0, null, null, null));
        String csv = new String(IndicatorsCsv.write(empty), StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(1);
    }

    @Test
    void names_the_file_after_the_contract_and_the_months() {
        assertThat(ExportFileNames.csv(
                        ExportFileNames.INDICATORS, "AV-2026-001", SampleMonths.AUGUST, SampleMonths.OCTOBER))
                .isEqualTo("indicateurs-AV-2026-001-2026-08_2026-10.csv");
        assertThat(ExportFileNames.csv(
                        ExportFileNames.BILLING_PREVIEW, "AV 2026/001 \"x\"", SampleMonths.AUGUST, SampleMonths.AUGUST))
                .isEqualTo("prefacturation-AV-2026-001-x--2026-08_2026-08.csv");
    }

    private List<String> lines() {
        return List.of(text.split("\r\n"));
    }
}
