package app.avenant.contract.terms;

import app.avenant.contract.terms.VolumePricing.ChargeLine;
import app.avenant.contract.terms.VolumePricing.ChargeLineKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Unit-price bands. A band "from–to" holds the from-th to the to-th unit; the first band is written "0–n"
 * and holds units 1 to n. A closed last band does not cap the volume: units above it are priced at its rate,
 * so that a bill can always be previewed.
 */
final class BandCharges {

    private BandCharges() {}

    /** Each band prices the units that fall in it at its own rate. */
    static List<ChargeLine> graduated(List<PriceBand> bands, long actualUnits) {
        List<ChargeLine> lines = new ArrayList<>(bands.size());
        int last = bands.size() - 1;
        for (int i = 0; i <= last && actualUnits > 0; i++) {
            PriceBand band = bands.get(i);
            long first = Math.max(band.fromUnits(), 1);
            long end = i == last || band.toUnits() == null ? actualUnits : Math.min(band.toUnits(), actualUnits);
            if (end >= first) {
                lines.add(line(band, end - first + 1));
            }
        }
        return lines;
    }

    /** Every unit at the rate of the band that holds the last unit. */
    static List<ChargeLine> volume(List<PriceBand> bands, long actualUnits) {
        if (actualUnits == 0) {
            return List.of();
        }
        int last = bands.size() - 1;
        for (int i = 0; i < last; i++) {
            PriceBand band = bands.get(i);
            if (band.toUnits() == null || actualUnits <= band.toUnits()) {
                return List.of(line(band, actualUnits));
            }
        }
        return List.of(line(bands.get(last), actualUnits));
    }

    private static ChargeLine line(PriceBand band, long units) {
        BigDecimal amount = VolumePricing.cents(band.unitPrice().multiply(BigDecimal.valueOf(units)));
        return new ChargeLine(ChargeLineKind.BAND, range(band), units, band.unitPrice(), amount);
    }

    static String range(PriceBand band) {
        return band.toUnits() == null ? band.fromUnits() + "–" : band.fromUnits() + "–" + band.toUnits();
    }
}
