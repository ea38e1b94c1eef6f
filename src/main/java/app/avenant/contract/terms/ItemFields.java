package app.avenant.contract.terms;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The fields the diff compares for each kind of item, in the order a person reads them. */
final class ItemFields {

    private ItemFields() {}

    static void header(ContractHeader before, ContractHeader after, FieldChanges out) {
        out.value("header.startDate", ValueKind.DATE, before, after, ContractHeader::startDate);
        out.number("header.initialTermMonths", before, after, ContractHeader::initialTermMonths);
        out.value("header.renewal", ValueKind.ENUM, before, after, ContractHeader::renewal);
        out.number("header.renewalTermMonths", before, after, ContractHeader::renewalTermMonths);
        out.number("header.noticePeriodMonths", before, after, ContractHeader::noticePeriodMonths);
        out.decimal("header.atRiskPercent", ValueKind.PERCENT, before, after, ContractHeader::atRiskPercent);
        out.decimal("header.penaltyCapAmount", ValueKind.MONEY, before, after, ContractHeader::penaltyCapAmount);
    }

    static void objective(@Nullable Objective before, @Nullable Objective after, FieldChanges out) {
        out.value("objective.kind", ValueKind.ENUM, before, after, Objective::kind);
        out.text("objective.description", before, after, Objective::description);
        out.text("objective.indicator", before, after, Objective::indicator);
    }

    /** The scope item's own fields; its volume terms are compared in their own section. */
    static void scopeItem(@Nullable ScopeItem before, @Nullable ScopeItem after, FieldChanges out) {
        out.text("scope.title", before, after, ScopeItem::title);
        out.text("scope.description", before, after, ScopeItem::description);
        out.text("scope.acceptanceCriteria", before, after, ScopeItem::acceptanceCriteria);
        out.text("scope.unitOfMeasure", before, after, ScopeItem::unitOfMeasure);
        out.text("scope.documentationUrl", before, after, ScopeItem::documentationUrl);
        out.text("scope.attachments", before, after, ScopeItem::attachmentsAsText);
        out.value("scope.retainedDecision", ValueKind.BOOLEAN, before, after, ScopeItem::retainedDecision);
    }

    /**
     * A changed deadline names the scope item it measures by its title (« Délai mesuré — Support et maintenance des
     * postes »), not by its key: {@code titleBefore} and {@code titleAfter} read it from each side's terms.
     */
    static void serviceLevel(
            @Nullable ServiceLevel before,
            @Nullable ServiceLevel after,
            FieldChanges out,
            Function<String, String> titleBefore,
            Function<String, String> titleAfter) {
        out.text("sla.metric", before, after, ServiceLevel::metric);
        out.text("sla.measurement", before, after, ServiceLevel::measurement);
        out.decimal("sla.targetPercent", ValueKind.PERCENT, before, after, ServiceLevel::targetPercent);
        out.decimal("sla.minimumPercent", ValueKind.PERCENT, before, after, ServiceLevel::minimumPercent);
        out.decimal("sla.atRiskSharePercent", ValueKind.PERCENT, before, after, ServiceLevel::atRiskSharePercent);
        out.value("sla.window", ValueKind.ENUM, before, after, ServiceLevel::window);
        out.value("sla.critical", ValueKind.BOOLEAN, before, after, ServiceLevel::critical);
        out.decimal("sla.earnBackTargetPercent", ValueKind.PERCENT, before, after, ServiceLevel::earnBackTargetPercent);
        Deadline was = before == null ? null : before.deadline();
        Deadline is = after == null ? null : after.deadline();
        out.value("sla.deadline", measuredItems(was, is, titleBefore, titleAfter), ValueKind.DEADLINE, was, is);
    }

    private static @Nullable String measuredItems(
            @Nullable Deadline was,
            @Nullable Deadline is,
            Function<String, String> titleBefore,
            Function<String, String> titleAfter) {
        String before = was == null ? null : titleBefore.apply(was.scopeItemKey());
        String after = is == null ? null : titleAfter.apply(is.scopeItemKey());
        if (before == null || after == null || before.equals(after)) {
            return after != null ? after : before;
        }
        return before + " → " + after;
    }
}
