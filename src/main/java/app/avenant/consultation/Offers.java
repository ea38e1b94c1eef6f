package app.avenant.consultation;

import app.avenant.contract.terms.BandPricing;
import app.avenant.contract.terms.BaselineChargePricing;
import app.avenant.contract.terms.PriceBand;
import app.avenant.contract.terms.Pricing;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.ServiceLevel;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.VolumeTerms;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a provider's answer into the terms it offers: the need's scope, volumes and credit mechanism with the
 * provider's prices and committed levels. Plain Java, so the rules are tested without Spring. The bands' limits and
 * the deadband stay the need's: every offer then prices the very same volumes, which is what makes them comparable.
 */
public final class Offers {

    private Offers() {}

    /**
     * @throws ConsultationRuleException {@code consultation.error.offer.price} (a volume item without a price, or
     *         priced with another mechanism or another number of bands), {@code .offer.level} (a level without a
     *         commitment), {@code .offer.answers} (a question asked without an answer), {@code .offer.note}
     * @throws app.avenant.contract.terms.InvalidTermsException when a number breaks the terms' rules (a negative
     *         price, a minimum above its target), with the path of the field
     */
    public static Terms apply(Terms need, OfferInput offer, Set<SecurityQuestion> asked) {
        if (offer.note().length() > OfferInput.NOTE_MAX) {
            throw new ConsultationRuleException("consultation.error.offer.note");
        }
        for (SecurityQuestion question : asked) {
            SecurityAnswer answer = offer.answers().get(question);
            if (answer == null) {
                throw new ConsultationRuleException("consultation.error.offer.answers");
            }
            if (answer.comment().length() > SecurityAnswer.COMMENT_MAX) {
                throw new ConsultationRuleException("consultation.error.offer.comment");
            }
        }
        List<ScopeItem> items = new ArrayList<>();
        for (ScopeItem item : need.scopeItems()) {
            VolumeTerms volume = item.volume();
            if (volume == null) {
                items.add(item);
                continue;
            }
            Pricing priced = offer.prices().get(item.key());
            if (priced == null) {
                throw new ConsultationRuleException("consultation.error.offer.price");
            }
            Pricing pricing = onTheNeedsVolumes(volume.pricing(), priced);
            items.add(item.withVolume(new VolumeTerms(
                    volume.baselineMonthlyUnits(), volume.seasonalProfile(), volume.flexRangePercent(), pricing)));
        }
        List<ServiceLevel> levels = new ArrayList<>();
        for (ServiceLevel level : need.serviceLevels()) {
            CommittedLevel committed = offer.levels().get(level.key());
            if (committed == null || committed.targetPercent() == null || committed.minimumPercent() == null) {
                throw new ConsultationRuleException("consultation.error.offer.level");
            }
            // an earn-back target only makes sense above the target: a provider committing higher drops it
            levels.add(level.withTargets(committed.targetPercent(), committed.minimumPercent()));
        }
        return new Terms(need.header(), need.objectives(), items, levels);
    }

    /** The provider's amounts on the need's mechanism, bands and deadband. */
    private static Pricing onTheNeedsVolumes(Pricing asked, Pricing priced) {
        return switch (asked) {
            case BandPricing bands -> {
                if (!(priced instanceof BandPricing offered)
                        || offered.bands().size() != bands.bands().size()) {
                    throw new ConsultationRuleException("consultation.error.offer.price");
                }
                List<PriceBand> rebuilt = new ArrayList<>();
                for (int i = 0; i < bands.bands().size(); i++) {
                    PriceBand band = bands.bands().get(i);
                    PriceBand price = offered.bands().get(i);
                    if (price == null || price.unitPrice() == null) {
                        throw new ConsultationRuleException("consultation.error.offer.price");
                    }
                    rebuilt.add(new PriceBand(band.fromUnits(), band.toUnits(), price.unitPrice()));
                }
                yield new BandPricing(bands.mode(), rebuilt);
            }
            case BaselineChargePricing baseline -> {
                if (!(priced instanceof BaselineChargePricing offered)
                        || offered.fixedMonthlyCharge() == null
                        || offered.arcRate() == null
                        || offered.rrcRate() == null) {
                    throw new ConsultationRuleException("consultation.error.offer.price");
                }
                yield new BaselineChargePricing(
                        offered.fixedMonthlyCharge(), offered.arcRate(), offered.rrcRate(), baseline.deadbandPercent());
            }
        };
    }
}
