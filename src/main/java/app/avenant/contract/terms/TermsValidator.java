package app.avenant.contract.terms;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Checks every rule of the terms and reports all violations at once, each with its field path. Forms build
 * terms from whatever was typed, so any reference may be null at run time despite the declared types: a
 * missing value is reported as {@code required}, never as a NullPointerException.
 */
final class TermsValidator {

    private TermsValidator() {}

    static void requireValid(
            @Nullable ContractHeader header,
            @Nullable List<@Nullable Objective> objectives,
            @Nullable List<@Nullable ScopeItem> scopeItems,
            @Nullable List<@Nullable ServiceLevel> serviceLevels) {
        ViolationCollector violations = new ViolationCollector();
        header(header, violations);
        if (violations.present("objectives", objectives)) {
            objectives(objectives, violations);
        }
        if (violations.present("scopeItems", scopeItems)) {
            scopeItems(scopeItems, violations);
        }
        if (violations.present("serviceLevels", serviceLevels)) {
            serviceLevels(serviceLevels, scopeItems, violations);
        }
        violations.throwIfAny();
    }

    private static void header(@Nullable ContractHeader header, ViolationCollector violations) {
        if (!violations.present("header", header)) {
            return;
        }
        violations.present("header.startDate", header.startDate());
        if (header.initialTermMonths() <= 0) {
            violations.add("header.initialTermMonths", "positive.required");
        }
        violations.present("header.renewal", header.renewal());
        if (header.renewalTermMonths() <= 0) {
            violations.add("header.renewalTermMonths", "positive.required");
        }
        if (header.noticePeriodMonths() < 0) {
            violations.add("header.noticePeriodMonths", "negative");
        } else if (header.initialTermMonths() > 0 && header.noticePeriodMonths() >= header.initialTermMonths()) {
            violations.add("header.noticePeriodMonths", "notice.too.long", header.initialTermMonths());
        }
        violations.percent("header.atRiskPercent", header.atRiskPercent());
        // optional: absent is no cap; a cap of 0 would cancel every credit while reading as "no cap"
        BigDecimal cap = header.penaltyCapAmount();
        if (cap != null && cap.signum() <= 0) {
            violations.add("header.penaltyCapAmount", "positive.required");
        }
    }

    private static void objectives(List<@Nullable Objective> objectives, ViolationCollector violations) {
        @Nullable String[] paths = ItemKeys.paths("objectives", objectives, Objective::key, violations);
        for (int i = 0; i < paths.length; i++) {
            Objective objective = objectives.get(i);
            String path = paths[i];
            if (objective == null || path == null) {
                continue;
            }
            violations.present(path + ".kind", objective.kind());
            violations.requiredText(path + ".description", objective.description());
            violations.maxLength(path + ".description", objective.description(), TextLimits.DESCRIPTION);
            violations.presentText(path + ".indicator", objective.indicator());
            violations.maxLength(path + ".indicator", objective.indicator(), TextLimits.INDICATOR);
        }
    }

    private static void scopeItems(List<@Nullable ScopeItem> items, ViolationCollector violations) {
        @Nullable String[] paths = ItemKeys.paths("scopeItems", items, ScopeItem::key, violations);
        for (int i = 0; i < paths.length; i++) {
            ScopeItem item = items.get(i);
            String path = paths[i];
            if (item == null || path == null) {
                continue;
            }
            violations.requiredText(path + ".title", item.title());
            violations.maxLength(path + ".title", item.title(), TextLimits.TITLE);
            violations.presentText(path + ".description", item.description());
            violations.maxLength(path + ".description", item.description(), TextLimits.LONG_TEXT);
            violations.presentText(path + ".acceptanceCriteria", item.acceptanceCriteria());
            violations.maxLength(path + ".acceptanceCriteria", item.acceptanceCriteria(), TextLimits.LONG_TEXT);
            violations.presentText(path + ".unitOfMeasure", item.unitOfMeasure());
            violations.maxLength(path + ".unitOfMeasure", item.unitOfMeasure(), TextLimits.UNIT_OF_MEASURE);
            documentationUrl(path + ".documentationUrl", item.documentationUrl(), violations);
            attachments(path + ".attachments", item.attachments(), violations);
            if (item.volume() != null) {
                VolumeValidator.volume(path + ".volume", item.volume(), violations);
            }
        }
    }

    /** At most {@link ScopeAttachment#MAX_PER_ITEM}, each document once (the same content twice is one). */
    private static void attachments(String path, List<ScopeAttachment> attachments, ViolationCollector violations) {
        if (attachments.size() > ScopeAttachment.MAX_PER_ITEM) {
            violations.add(path, "attachments.tooMany", ScopeAttachment.MAX_PER_ITEM);
        }
        if (attachments.stream().map(ScopeAttachment::sha256).distinct().count() < attachments.size()) {
            violations.add(path, "attachments.duplicate");
        }
    }

    private static void documentationUrl(String path, @Nullable String url, ViolationCollector violations) {
        violations.presentText(path, url);
        violations.maxLength(path, url, TextLimits.URL);
        if (url != null
                && !url.isBlank()
                && !url.regionMatches(true, 0, "http://", 0, 7)
                && !url.regionMatches(true, 0, "https://", 0, 8)) {
            violations.add(path, "url.invalid");
        }
    }

    /** Optional, for a critical level only, above its target: beating the target is what earns a credit back. */
    private static void earnBack(String path, ServiceLevel level, boolean targetValid, ViolationCollector violations) {
        BigDecimal earnBack = level.earnBackTargetPercent();
        if (earnBack == null || !violations.percent(path, earnBack)) {
            return;
        }
        if (!level.critical()) {
            violations.add(path, "earnBack.not.critical");
        } else if (targetValid && earnBack.compareTo(level.targetPercent()) <= 0) {
            violations.add(path, "earnBack.not.above.target", level.targetPercent());
        }
    }

    /**
     * A deadline measures one scope item of these terms, month by month: a quarterly level's result is typed for the
     * quarter, which deliverables of one month cannot give.
     */
    private static void deadline(
            String path, ServiceLevel level, @Nullable List<@Nullable ScopeItem> items, ViolationCollector violations) {
        Deadline deadline = level.deadline();
        if (!violations.present(path + ".unit", deadline.unit())
                || !violations.present(path + ".calendar", deadline.calendar())) {
            return;
        }
        if (deadline.amount() < 1 || deadline.amount() > deadline.maxAmount()) {
            violations.add(path + ".amount", "deadline.amount.range", deadline.maxAmount());
        }
        String item = deadline.scopeItemKey();
        boolean known =
                item != null && items != null && items.stream().anyMatch(i -> i != null && item.equals(i.key()));
        if (!known) {
            violations.add(path + ".scopeItemKey", "deadline.item.unknown");
        }
        if (level.window() == MeasurementWindow.QUARTERLY) {
            violations.add(path + ".unit", "deadline.not.monthly");
        }
    }

    private static void serviceLevels(
            List<@Nullable ServiceLevel> levels,
            @Nullable List<@Nullable ScopeItem> items,
            ViolationCollector violations) {
        @Nullable String[] paths = ItemKeys.paths("serviceLevels", levels, ServiceLevel::key, violations);
        BigDecimal criticalShares = BigDecimal.ZERO;
        for (int i = 0; i < paths.length; i++) {
            ServiceLevel level = levels.get(i);
            String path = paths[i];
            if (level == null || path == null) {
                continue;
            }
            violations.requiredText(path + ".metric", level.metric());
            violations.maxLength(path + ".metric", level.metric(), TextLimits.METRIC);
            violations.presentText(path + ".measurement", level.measurement());
            violations.maxLength(path + ".measurement", level.measurement(), TextLimits.MEASUREMENT);
            boolean target = violations.percent(path + ".targetPercent", level.targetPercent());
            boolean minimum = violations.percent(path + ".minimumPercent", level.minimumPercent());
            if (target && minimum && level.minimumPercent().compareTo(level.targetPercent()) > 0) {
                violations.add(path + ".minimumPercent", "minimum.above.target", level.targetPercent());
            }
            violations.present(path + ".window", level.window());
            earnBack(path + ".earnBackTargetPercent", level, target, violations);
            if (level.deadline() != null) {
                deadline(path + ".deadline", level, items, violations);
            }
            if (violations.percent(path + ".atRiskSharePercent", level.atRiskSharePercent())) {
                if (level.critical()) {
                    criticalShares = criticalShares.add(level.atRiskSharePercent());
                } else if (level.atRiskSharePercent().signum() != 0) {
                    violations.add(path + ".atRiskSharePercent", "share.not.critical");
                }
            }
        }
        if (criticalShares.compareTo(ViolationCollector.HUNDRED) > 0) {
            violations.add("serviceLevels", "shares.above.100", criticalShares);
        }
    }
}
