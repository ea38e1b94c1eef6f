package app.avenant.change.ui.editor;

import app.avenant.contract.terms.BandPricing;
import app.avenant.contract.terms.BaselineChargePricing;
import app.avenant.contract.terms.PriceBand;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.VolumeTerms;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The amounts, prices and quantities that an edit multiplies or divides by more than three: most likely a
 * slip ("1.000,50" read as 1 000 050, a zero too many), so the editor asks before saving
 * (docs/decisions/0022). Values are compared with those the editor was opened with, item by item (by key)
 * and band by band (by position); a value that was zero, or that appears or disappears, is not a factor.
 */
final class LargeChanges {

    static final BigDecimal FACTOR = BigDecimal.valueOf(3);

    /**
     * One value changed by more than {@link #FACTOR}.
     *
     * @param item     the scope item's title, or null for the contract's header
     * @param fieldKey the translation key of the field's label
     * @param band     the 1-based band number, or 0 when not a band's value
     * @param money    true for euros, false for units
     */
    record Change(
            @Nullable String item, String fieldKey, int band, BigDecimal before, BigDecimal after, boolean money) {}

    private LargeChanges() {}

    static List<Change> between(Terms before, Terms after) {
        List<Change> changes = new ArrayList<>();
        compare(
                changes,
                null,
                "changeeditor.header.penaltyCap",
                0,
                before.header().penaltyCapAmount(),
                after.header().penaltyCapAmount(),
                true);
        for (ScopeItem item : after.scopeItems()) {
            VolumeTerms now = item.volume();
            VolumeTerms then =
                    before.scopeItem(item.key()).map(ScopeItem::volume).orElse(null);
            if (now != null && then != null) {
                volume(changes, item.title(), then, now);
            }
        }
        return List.copyOf(changes);
    }

    private static void volume(List<Change> changes, String item, VolumeTerms before, VolumeTerms after) {
        compare(
                changes,
                item,
                "terms.field.volume.baselineMonthlyUnits",
                0,
                BigDecimal.valueOf(before.baselineMonthlyUnits()),
                BigDecimal.valueOf(after.baselineMonthlyUnits()),
                false);
        if (before.pricing() instanceof BandPricing then && after.pricing() instanceof BandPricing now) {
            for (int i = 0; i < Math.min(then.bands().size(), now.bands().size()); i++) {
                PriceBand old = then.bands().get(i);
                PriceBand changed = now.bands().get(i);
                compare(
                        changes,
                        item,
                        "changeeditor.volume.band.price",
                        i + 1,
                        old.unitPrice(),
                        changed.unitPrice(),
                        true);
                compare(
                        changes,
                        item,
                        "contract.volumes.band.to",
                        i + 1,
                        units(old.toUnits()),
                        units(changed.toUnits()),
                        false);
            }
        } else if (before.pricing() instanceof BaselineChargePricing then
                && after.pricing() instanceof BaselineChargePricing now) {
            compare(
                    changes,
                    item,
                    "changeeditor.volume.charge.fixed",
                    0,
                    then.fixedMonthlyCharge(),
                    now.fixedMonthlyCharge(),
                    true);
            compare(changes, item, "changeeditor.volume.charge.arc", 0, then.arcRate(), now.arcRate(), true);
            compare(changes, item, "changeeditor.volume.charge.rrc", 0, then.rrcRate(), now.rrcRate(), true);
        }
    }

    private static @Nullable BigDecimal units(@Nullable Long units) {
        return units == null ? null : BigDecimal.valueOf(units);
    }

    private static void compare(
            List<Change> changes,
            @Nullable String item,
            String fieldKey,
            int band,
            @Nullable BigDecimal before,
            @Nullable BigDecimal after,
            boolean money) {
        if (before != null && after != null && beyondFactor(before, after)) {
            changes.add(new Change(item, fieldKey, band, before, after, money));
        }
    }

    /** New above three times the old, or below a third of it (compared in size, whatever the signs). */
    static boolean beyondFactor(BigDecimal before, BigDecimal after) {
        BigDecimal old = before.abs();
        BigDecimal now = after.abs();
        if (old.signum() == 0) {
            return false;
        }
        return now.compareTo(old.multiply(FACTOR)) > 0 || now.multiply(FACTOR).compareTo(old) < 0;
    }
}
