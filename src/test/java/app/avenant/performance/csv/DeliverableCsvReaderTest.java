package app.avenant.performance.csv;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.performance.DeliverableInput;
import app.avenant.performance.DeliverableViolation;
import app.avenant.performance.QualityOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain unit test of the file rules: no Spring, no Vaadin. Fixture files in src/test/resources/csv. */
class DeliverableCsvReaderTest {

    private final DeliverableCsvReader reader = new DeliverableCsvReader();

    @Test
    void a_french_excel_file_with_bom_semicolons_and_decimal_commas_is_read_whole() {
        DeliverableCsvResult result = reader.read(file("livrables-excel-fr.csv"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.count()).isEqualTo(4);
        assertThat(result.lines()).extracting(DeliverableCsvLine::line).containsExactly(2, 3, 6, 7);
        assertThat(result.inputs())
                .containsExactly(
                        new DeliverableInput(
                                "FAC-2026-03",
                                "factures",
                                LocalDate.of(2026, 3, 31),
                                LocalDate.of(2026, 3, 28),
                                1040,
                                QualityOutcome.FIRST_PASS,
                                new BigDecimal("12.50")),
                        new DeliverableInput(
                                "FAC-2026-03-B",
                                "factures",
                                LocalDate.of(2026, 3, 31),
                                LocalDate.of(2026, 4, 2),
                                412,
                                QualityOutcome.AFTER_REWORK,
                                null),
                        new DeliverableInput(
                                "PAIE-2026-03",
                                "paie",
                                LocalDate.of(2026, 3, 25),
                                LocalDate.of(2026, 3, 25),
                                38,
                                QualityOutcome.REJECTED,
                                new BigDecimal("1540.00")),
                        new DeliverableInput("PAIE-2026-04", "paie", LocalDate.of(2026, 4, 25), null, 12, null, null));
    }

    @Test
    void a_comma_separated_file_with_the_english_header_and_iso_dates_is_read() {
        DeliverableCsvResult result = reader.read(file("livrables-virgule.csv"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.inputs())
                .containsExactly(
                        new DeliverableInput(
                                "INV-1",
                                "factures",
                                LocalDate.of(2026, 3, 31),
                                LocalDate.of(2026, 3, 30),
                                412,
                                QualityOutcome.FIRST_PASS,
                                new BigDecimal("12.5")),
                        new DeliverableInput(
                                "INV-2",
                                "factures",
                                LocalDate.of(2026, 3, 31),
                                LocalDate.of(2026, 4, 1),
                                20,
                                QualityOutcome.AFTER_REWORK,
                                new BigDecimal("3.75")),
                        new DeliverableInput("INV-3", "paie", LocalDate.of(2026, 4, 30), null, 5, null, null));
        assertThat(result.lineOf(2)).hasValue(4);
        assertThat(result.lineOf(3)).isEmpty();
    }

    @Test
    void every_unreadable_value_is_reported_with_its_line_and_column() {
        DeliverableCsvResult result = reader.read(file("livrables-erreurs.csv"));

        assertThat(result.errors())
                .containsExactly(
                        error(2, "dueDate", DeliverableCsvReader.DATE, "31/02/2026"),
                        error(3, "dueDate", DeliverableCsvReader.DATE, "2026-13-01"),
                        error(4, "dueDate", DeliverableCsvReader.DATE, "demain"),
                        error(6, "units", DeliverableCsvReader.UNITS, "douze"),
                        error(7, "quality", DeliverableCsvReader.QUALITY, "parfait"),
                        error(8, null, DeliverableCsvReader.COLUMNS, "7", "3"),
                        error(9, "cost", DeliverableCsvReader.COST, "dix euros"),
                        error(10, "deliveredOn", DeliverableCsvReader.DATE, "31/04/2026"));
        // negative units are read as written: refusing them is the service's rule, the same on every channel
        assertThat(result.lines()).singleElement().satisfies(line -> {
            assertThat(line.line()).isEqualTo(5);
            assertThat(line.input().units()).isEqualTo(-5);
        });
        assertThat(result.count()).isEqualTo(9);
        assertThat(result.hasErrors()).isTrue();
    }

    @Test
    void one_line_with_several_problems_reports_each_of_them() {
        DeliverableCsvResult result =
                read("reference;poste;echeance;livre_le;unites;qualite;cout\n" + ";;31/02/2026;hier;;top;gratuit\n");

        assertThat(result.errors())
                .extracting(DeliverableCsvError::column)
                .containsExactly("reference", "scopeItem", "dueDate", "deliveredOn", "units", "quality", "cost");
        assertThat(result.errors())
                .extracting(DeliverableCsvError::code)
                .containsExactly(
                        DeliverableCsvReader.REQUIRED,
                        DeliverableCsvReader.REQUIRED,
                        DeliverableCsvReader.DATE,
                        DeliverableCsvReader.DATE,
                        DeliverableCsvReader.REQUIRED,
                        DeliverableCsvReader.QUALITY,
                        DeliverableCsvReader.COST);
        assertThat(result.lines()).isEmpty();
    }

    @Test
    void an_empty_file_says_so() {
        assertThat(reader.read(file("livrables-vide.csv")).errors())
                .containsExactly(error(0, null, DeliverableCsvReader.EMPTY));
        assertThat(reader.read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\r', '\n', ' '})
                        .errors())
                .containsExactly(error(0, null, DeliverableCsvReader.EMPTY));
    }

    @Test
    void a_header_without_lines_says_there_is_nothing_to_import() {
        DeliverableCsvResult result = reader.read(file("livrables-entete-seul.csv"));

        assertThat(result.errors()).containsExactly(error(1, null, DeliverableCsvReader.NO_LINES));
        assertThat(result.lines()).isEmpty();
    }

    @Test
    void a_file_without_header_names_the_header_expected() {
        DeliverableCsvResult result = read("FAC-1;factures;31/03/2026;30/03/2026;12;conforme;\n");

        assertThat(result.errors())
                .containsExactly(error(
                        1,
                        null,
                        DeliverableCsvReader.HEADER_MISSING,
                        "reference;poste;echeance;livre_le;unites;qualite;cout;demande_le;heure_livraison",
                        "reference,scope_item,due_date,delivered_on,units,quality,cost,requested_at,delivery_time"));
        assertThat(result.count()).isEqualTo(0);
    }

    @Test
    void a_header_missing_a_required_column_or_naming_an_unknown_one_is_refused() {
        assertThat(read("reference;poste;livre_le;qualite\nA;factures;30/03/2026;conforme\n")
                        .errors())
                .containsExactly(error(1, null, DeliverableCsvReader.HEADER_REQUIRED, "echeance, unites"));
        assertThat(read("reference,scope_item,due_date,delivered_on\nA,factures,2026-03-31,\n")
                        .errors())
                .containsExactly(error(1, null, DeliverableCsvReader.HEADER_REQUIRED, "units"));
        assertThat(read("reference;poste;echeance;unites;qualté\nA;factures;31/03/2026;3;conforme\n")
                        .errors())
                .containsExactly(error(1, null, DeliverableCsvReader.HEADER_UNKNOWN, "qualté"));
        assertThat(read("reference;poste;echeance;unites;Unités\nA;factures;31/03/2026;3;3\n")
                        .errors())
                .containsExactly(error(1, null, DeliverableCsvReader.HEADER_DUPLICATE, "Unités"));
    }

    @Test
    void the_header_ignores_case_accents_order_and_trailing_empty_columns() {
        DeliverableCsvResult result =
                read("UNITÉS ; Échéance ; Poste ; Référence ; Coût (€) ;;\n" + "3;31/03/2026;factures;A-1;2,5;;\n");

        assertThat(result.errors()).isEmpty();
        assertThat(result.inputs())
                .containsExactly(new DeliverableInput(
                        "A-1", "factures", LocalDate.of(2026, 3, 31), null, 3, null, new BigDecimal("2.5")));
    }

    @Test
    void a_line_missing_required_columns_is_refused_but_missing_optional_ones_at_the_end_are_blank() {
        DeliverableCsvResult result = read("reference;poste;echeance;unites;livre_le;qualite;cout\n"
                + "A;factures;31/03/2026\n"
                + "B;factures;31/03/2026;4\n"
                + "C;factures;31/03/2026;4;;;;;9\n");

        assertThat(result.errors())
                .containsExactly(
                        error(2, null, DeliverableCsvReader.COLUMNS, "7", "3"),
                        error(4, null, DeliverableCsvReader.COLUMNS, "7", "9"));
        assertThat(result.inputs())
                .containsExactly(new DeliverableInput("B", "factures", LocalDate.of(2026, 3, 31), null, 4, null, null));
    }

    @Test
    void blank_lines_are_skipped_and_lines_keep_their_spreadsheet_numbers_with_crlf_lf_or_cr() {
        String header = "reference;poste;echeance;livre_le;unites;qualite;cout";
        for (String end : List.of("\r\n", "\n", "\r")) {
            DeliverableCsvResult result = read(String.join(
                    end,
                    "",
                    header,
                    "",
                    "A;factures;31/03/2026;;1;;",
                    ";;;;;;",
                    "   ",
                    "B;factures;31/03/2026;;2;;",
                    "",
                    ""));

            assertThat(result.errors())
                    .as("line end %s", end.replace("\r", "CR").replace("\n", "LF"))
                    .isEmpty();
            assertThat(result.lines()).extracting(DeliverableCsvLine::line).containsExactly(4, 7);
            assertThat(result.count()).isEqualTo(2);
        }
    }

    @Test
    void units_may_be_grouped_by_spaces_but_must_be_whole() {
        String header = "reference;poste;echeance;unites\n";
        assertThat(read(header + "A;f;31/03/2026;1 040\n").inputs().getFirst().units())
                .isEqualTo(1040);
        assertThat(read(header + "A;f;31/03/2026;1\u202F040\n")
                        .inputs()
                        .getFirst()
                        .units())
                .isEqualTo(1040);
        assertThat(read(header + "A;f;31/03/2026;12,5\n").errors())
                .containsExactly(error(2, "units", DeliverableCsvReader.UNITS, "12,5"));
        assertThat(read(header + "A;f;31/03/2026;99999999999999999999\n").errors())
                .extracting(DeliverableCsvError::code)
                .containsExactly(DeliverableCsvReader.UNITS);
    }

    @Test
    void an_ambiguous_number_is_refused_on_its_line_with_what_to_write_instead() {
        String header = "reference;poste;echeance;unites;cout\n";
        DeliverableCsvResult result = read(header + "A;f;31/03/2026;1.040;12,50\n" + "B;f;31/03/2026;3;1.000,50\n");
        assertThat(result.errors())
                .containsExactly(
                        error(
                                2,
                                "units",
                                DeliverableCsvReader.UNITS + DeliverableCsvReader.SUGGEST,
                                "1.040",
                                "1\u00A0040"),
                        error(
                                3,
                                "cost",
                                DeliverableCsvReader.COST + DeliverableCsvReader.SUGGEST,
                                "1.000,50",
                                "1\u00A0000,50"));
        assertThat(result.inputs()).isEmpty();
    }

    @Test
    void qualities_are_read_in_french_or_english_whatever_the_case_and_accents() {
        String header = "reference;poste;echeance;livre_le;unites;qualite\n";
        for (var expected : List.of(
                List.of("conforme", "FIRST_PASS"),
                List.of("Premier passage", "FIRST_PASS"),
                List.of("first_pass", "FIRST_PASS"),
                List.of("reprise", "AFTER_REWORK"),
                List.of("APRÈS REPRISE", "AFTER_REWORK"),
                List.of("After_Rework", "AFTER_REWORK"),
                List.of("rejeté", "REJECTED"),
                List.of("rejete", "REJECTED"),
                List.of("REJECTED", "REJECTED"))) {
            DeliverableCsvResult result = read(header + "A;f;31/03/2026;30/03/2026;1;" + expected.get(0) + "\n");
            assertThat(result.inputs())
                    .as(expected.get(0))
                    .singleElement()
                    .extracting(DeliverableInput::quality)
                    .isEqualTo(QualityOutcome.valueOf(expected.get(1)));
        }
    }

    @Test
    void quoted_values_may_hold_the_separator_and_an_open_quote_is_reported() {
        DeliverableCsvResult result = read("reference,scope_item,due_date,units,cost\n"
                + "\"A, \"\"bis\"\"\",factures,31/03/2026,\"1 040\",\"1,50\"\n"
                + "\"B,factures,31/03/2026,1,\n");

        assertThat(result.inputs()).singleElement().satisfies(input -> {
            assertThat(input.reference()).isEqualTo("A, \"bis\"");
            assertThat(input.units()).isEqualTo(1040);
            assertThat(input.cost()).isEqualByComparingTo("1.50");
        });
        assertThat(result.errors()).containsExactly(error(3, null, DeliverableCsvReader.QUOTE));
    }

    @Test
    void excels_separator_hint_line_is_understood() {
        DeliverableCsvResult result = read("sep=,\nreference,poste,echeance,unites\nA,f,31/03/2026,3\n");

        assertThat(result.errors()).isEmpty();
        assertThat(result.lines()).extracting(DeliverableCsvLine::line).containsExactly(3);
    }

    @Test
    void a_file_from_an_older_excel_in_windows_1252_keeps_its_accents() {
        byte[] bytes = "Référence;Poste;Échéance;Livré le;Unités;Qualité\nA;f;31/03/2026;30/03/2026;3;rejeté\n"
                .getBytes(Charset.forName("windows-1252"));

        DeliverableCsvResult result = reader.read(bytes);

        assertThat(result.errors()).isEmpty();
        assertThat(result.inputs().getFirst().quality()).isEqualTo(QualityOutcome.REJECTED);
    }

    @Test
    void more_lines_than_an_import_takes_are_refused_before_reading_them() {
        StringBuilder text = new StringBuilder("reference;poste;echeance;unites\n");
        for (int i = 0; i < 4; i++) {
            text.append("R").append(i).append(";f;31/03/2026;1\n");
        }

        DeliverableCsvResult result =
                new DeliverableCsvReader(3).read(text.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(result.errors()).containsExactly(error(0, null, DeliverableCsvReader.TOO_MANY, "4", "3"));
        assertThat(result.lines()).isEmpty();
        assertThat(result.count()).isEqualTo(4);
    }

    @Test
    void a_file_over_two_megabytes_is_refused() {
        assertThat(reader.read(new byte[DeliverableCsvReader.MAX_BYTES + 1]).errors())
                .containsExactly(error(0, null, DeliverableCsvReader.TOO_BIG, "2"));
    }

    @Test
    void the_template_is_a_file_the_reader_reads_back() {
        byte[] template = DeliverableCsvTemplate.content(List.of("factures", "paie"), LocalDate.of(2026, 4, 15));

        assertThat(template).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(template, StandardCharsets.UTF_8))
                .contains("reference;poste;echeance;livre_le;unites;qualite;cout;demande_le;heure_livraison\r\n");
        DeliverableCsvResult result = reader.read(template);
        assertThat(result.errors()).isEmpty();
        assertThat(result.inputs()).extracting(DeliverableInput::scopeItemKey).containsExactly("factures", "paie");
        assertThat(result.inputs().getFirst().dueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(result.inputs().getFirst().requestedAt()).isEqualTo(LocalDateTime.of(2026, 3, 26, 9, 30));
        assertThat(result.inputs().getFirst().deliveredAt()).isEqualTo(LocalDateTime.of(2026, 3, 29, 16, 0));
    }

    @Test
    void a_line_with_its_request_time_may_leave_the_due_date_to_the_deadline() {
        DeliverableCsvResult result =
                read("reference;poste;echeance;livre_le;unites;qualite;demande_le;heure_livraison\n"
                        + "INC-1;support;;13/11/2026;1;conforme;10/11/2026 16h00;17h\n"
                        + "INC-2;support;;;1;;2026-11-12T09:15;\n"
                        + "INC-3;support;;;1;;;\n"
                        + "INC-4;support;20/11/2026;;1;;hier;17:00\n");

        assertThat(result.inputs()).hasSize(2);
        DeliverableInput first = result.inputs().getFirst();
        assertThat(first.dueDate()).isNull();
        assertThat(first.requestedAt()).isEqualTo(LocalDateTime.of(2026, 11, 10, 16, 0));
        assertThat(first.deliveredAt()).isEqualTo(LocalDateTime.of(2026, 11, 13, 17, 0));
        assertThat(result.inputs().get(1).requestedAt()).isEqualTo(LocalDateTime.of(2026, 11, 12, 9, 15));
        assertThat(result.errors())
                .extracting(DeliverableCsvError::line, DeliverableCsvError::code)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(4, DeliverableCsvReader.REQUIRED),
                        org.assertj.core.groups.Tuple.tuple(5, DeliverableCsvReader.DATE_TIME),
                        org.assertj.core.groups.Tuple.tuple(5, DeliverableCsvReader.TIME_WITHOUT_DAY));
    }

    @Test
    void the_services_violations_are_told_on_the_lines_they_came_from() {
        DeliverableCsvResult file = read("reference;poste;echeance;unites\n"
                + "A;factures;31/03/2026;1\n\n"
                + "B;compta;31/03/2026;-5\n"
                + "A;factures;31/03/2026;2\n");

        List<DeliverableCsvError> errors = DeliverableCsvViolations.onLines(
                file,
                List.of(
                        DeliverableViolation.of(2, "reference", "performance.error.reference.duplicate", 0),
                        DeliverableViolation.of(
                                1, "scopeItem", "performance.error.scopeItem.unknown", "compta", "03/2026"),
                        DeliverableViolation.of(1, "units", "performance.error.units.negative"),
                        DeliverableViolation.of(0, "batch", "performance.error.contract.noTerms")));

        assertThat(errors)
                .containsExactly(
                        error(0, null, "performance.error.contract.noTerms"),
                        error(4, "scopeItem", "performance.error.scopeItem.unknown", "compta", "03/2026"),
                        error(4, "units", "performance.error.units.negative"),
                        error(5, "reference", DeliverableCsvViolations.DUPLICATE, "2"));
    }

    private DeliverableCsvResult read(String text) {
        return reader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static DeliverableCsvError error(int line, String column, String code, String... args) {
        return new DeliverableCsvError(line, column, code, List.of(args));
    }

    static byte[] file(String name) {
        try (InputStream in = DeliverableCsvReaderTest.class.getResourceAsStream("/csv/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No test file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
