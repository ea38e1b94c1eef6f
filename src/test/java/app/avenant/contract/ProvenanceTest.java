package app.avenant.contract;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.terms.ChangeKind;
import app.avenant.contract.terms.FieldChange;
import app.avenant.contract.terms.ItemChange;
import app.avenant.contract.terms.TermsSection;
import app.avenant.contract.terms.ValueKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which request introduced a change between two versions (docs/decisions/0026). */
class ProvenanceTest {

    private static final FieldChange BASELINE =
            new FieldChange("volume.baselineMonthlyUnits", null, ValueKind.NUMBER, 800L, 1040L);
    private static final FieldChange BAND_PRICE =
            new FieldChange("band.unitPrice", "1001", ValueKind.MONEY, null, null);
    private static final ItemChange INVOICES =
            new ItemChange(TermsSection.VOLUMES, "saisie", "Saisie", ChangeKind.CHANGED, List.of(BASELINE, BAND_PRICE));

    @Test
    void a_field_changed_by_two_requests_is_credited_to_the_later_one() {
        VersionOrigin v2 = origin(2, 1, proposal("volume.baselineMonthlyUnits", null, Side.CLIENT, "Paul Durand"));
        VersionOrigin v3 = origin(3, 2, proposal("volume.baselineMonthlyUnits", null, Side.PROVIDER, "Léa Bernard"));

        Provenance provenance = new Provenance(List.of(v3, v2));

        assertThat(provenance.of(INVOICES, BASELINE)).hasValueSatisfying(by -> {
            assertThat(by.request().requestNumber()).isEqualTo(2);
            assertThat(by.side()).isEqualTo(Side.PROVIDER);
            assertThat(by.authorName()).isEqualTo("Léa Bernard");
        });
        assertThat(provenance.requests()).extracting(VersionOrigin::version).containsExactly(2, 3);
    }

    @Test
    void a_field_no_request_names_exactly_falls_back_to_the_latest_request_that_changed_its_item() {
        VersionOrigin v2 = origin(2, 1, proposal("band.unitPrice", "1000", Side.CLIENT, "Paul Durand"));

        assertThat(new Provenance(List.of(v2)).of(INVOICES, BAND_PRICE))
                .hasValueSatisfying(by -> assertThat(by.authorName()).isEqualTo("Paul Durand"));
    }

    @Test
    void a_change_of_an_item_no_request_touched_has_no_origin() {
        ItemChange other = new ItemChange(TermsSection.SCOPE, "autre", "Autre", ChangeKind.CHANGED, List.of(BASELINE));

        assertThat(new Provenance(List.of(origin(
                                2, 1, proposal("volume.baselineMonthlyUnits", null, Side.CLIENT, "Paul Durand"))))
                        .of(other, BASELINE))
                .isEmpty();
        assertThat(new Provenance(List.of()).of(INVOICES, BASELINE)).isEmpty();
    }

    private static VersionOrigin.Proposal proposal(String field, String detail, Side side, String name) {
        return new VersionOrigin.Proposal(TermsSection.VOLUMES, "saisie", field, detail, side, name, "");
    }

    private static VersionOrigin origin(int version, int number, VersionOrigin.Proposal... fields) {
        return new VersionOrigin(
                version,
                UUID.randomUUID(),
                number,
                "Demande " + number,
                "Motif",
                null,
                Side.CLIENT,
                "Paul Durand",
                List.of(new VersionOrigin.Approver(Side.CLIENT, "Claire Martin", Instant.EPOCH)),
                List.of(fields));
    }
}
