package app.avenant.contract.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Three-way merge of terms, field by field: a change request's proposal ("ours", built on {@code base}) applied
 * onto the contract's current terms ("theirs", which another accepted change moved on from {@code base}).
 *
 * <p>For every field: unchanged by ours → theirs; unchanged by theirs → ours; changed alike on both → that
 * value; otherwise a {@link MergeConflict} carrying the three values with the diff's field codes and value
 * kinds (so the screen shows it like a diff). Items are matched by key (bands by their first unit, seasonal
 * coefficients by month):
 * <ul>
 *     <li>added on one side only → kept; added on both with the same key → merged with no base, so equal
 *     content gives one item and each differing field a conflict whose base is null (a field one side left
 *     empty, or volume terms only one side gave, count as absent like the base: the other side's value is
 *     taken);</li>
 *     <li>deleted on one side and unchanged on the other → deleted; deleted on one side and changed on the
 *     other → one conflict {@value #DELETED_FIELD} (kind TEXT) whose base is the item's label in the base, the
 *     deleting side null and the editing side its label; the same holds for a scope item's volume terms
 *     (section VOLUMES) and, as {@code band.unitPrice}/{@code band.toUnits}, for a band one side removed by
 *     re-splitting while the other changed it;</li>
 *     <li>a pricing-mechanism switch wins only if the other side left pricing alone, else one conflict on
 *     {@code pricing.mechanism}; bands re-split differently on both sides are one conflict on
 *     {@code pricing.bands}, kind TEXT, whose values are the band lists written
 *     {@code "0–500: 2.00; 501–1000: 1.80; 1001–: 1.60"} (null base when the base had no bands).</li>
 * </ul>
 * Merged lists follow theirs' order, then the items only ours has, in ours' order.
 *
 * <p>Field-by-field results can break a rule neither side broke (two raised credit shares adding up to more
 * than 100 %): the merge then reports each violation as a conflict {@value #INVALID_FIELD} whose detail is the
 * violation's path and {@code ours} its code (base and theirs null), instead of throwing.
 *
 * <p>Pure and cheap: items unchanged on one side are taken whole (see TermsMergeBenchmark, target &lt; 5 ms
 * for two 1 000-item proposals).
 */
public final class TermsMerge {

    /** Field code of a conflict between a deletion and an edit of the same item. */
    public static final String DELETED_FIELD = "item.deleted";
    /** Field code of a conflict reporting a rule the field-by-field result breaks. */
    public static final String INVALID_FIELD = "terms.invalid";

    private TermsMerge() {}

    /** Merges one kind of item present on both sides; base is null when both sides added it. */
    @FunctionalInterface
    private interface ItemMerge<T> {
        T merge(@Nullable T base, T ours, T theirs, Context context);
    }

    /** One kind of item: its key, label and fields. */
    private record Kind<T>(
            TermsSection section,
            Function<T, String> keyOf,
            Function<T, String> labelOf,
            Same<T> same,
            ItemMerge<T> merge) {}

    @FunctionalInterface
    private interface Same<T> {
        boolean same(T a, T b, FieldChanges scratch);
    }

    /** The conflicts gathered and a scratch diff collector reused for the item comparisons. */
    private record Context(MergeFields fields, FieldChanges scratch) {}

    private static final Kind<Objective> OBJECTIVES = new Kind<>(
            TermsSection.OBJECTIVES,
            Objective::key,
            Objective::description,
            TermsMerge::sameObjective,
            TermsMerge::objective);
    private static final Kind<ScopeItem> SCOPE = new Kind<>(
            TermsSection.SCOPE, ScopeItem::key, ScopeItem::title, TermsMerge::sameScopeItem, TermsMerge::scopeItem);
    private static final Kind<ServiceLevel> SERVICE_LEVELS = new Kind<>(
            TermsSection.SERVICE_LEVELS,
            ServiceLevel::key,
            ServiceLevel::metric,
            TermsMerge::sameServiceLevel,
            TermsMerge::serviceLevel);

    public static MergeResult merge(Terms base, Terms ours, Terms theirs) {
        if (ours == base || ours == theirs) {
            return new MergeResult(theirs, List.of());
        }
        if (theirs == base) {
            return new MergeResult(ours, List.of());
        }
        return merge(base, ours, theirs, new MergeFields());
    }

    /**
     * The merge with every conflict settled: ours' value, or theirs' for the conflicts {@code takeTheirs}
     * accepts; the conflicts are still listed, so that a screen can show what was settled and how. This is how
     * the proposal editor lays a conflicting request onto the version in force (docs/decisions/0028). An item
     * one side deleted and the other edited is kept when the editing side wins; a band that one side's
     * re-split removed follows the re-split. Empty terms when the settled result breaks a rule of the terms.
     */
    public static ResolvedMerge resolve(Terms base, Terms ours, Terms theirs, Predicate<MergeConflict> takeTheirs) {
        MergeFields fields = new MergeFields(takeTheirs);
        Context context = new Context(fields, new FieldChanges());
        ContractHeader header = header(base.header(), ours.header(), theirs.header(), fields);
        List<Objective> objectives =
                list(OBJECTIVES, base.objectives(), ours.objectives(), theirs.objectives(), context);
        List<ScopeItem> scope = list(SCOPE, base.scopeItems(), ours.scopeItems(), theirs.scopeItems(), context);
        List<ServiceLevel> levels =
                list(SERVICE_LEVELS, base.serviceLevels(), ours.serviceLevels(), theirs.serviceLevels(), context);
        Terms settled;
        try {
            settled = new Terms(header, objectives, scope, levels);
        } catch (InvalidTermsException invalid) {
            settled = null;
        }
        return new ResolvedMerge(settled, List.copyOf(fields.conflicts()));
    }

    /** Terms with every conflict settled (null when they break a rule) and the conflicts that were settled. */
    public record ResolvedMerge(@Nullable Terms settled, List<MergeConflict> conflicts) {}

    private static MergeResult merge(Terms base, Terms ours, Terms theirs, MergeFields mergeFields) {
        Context context = new Context(mergeFields, new FieldChanges());
        ContractHeader header = header(base.header(), ours.header(), theirs.header(), context.fields());
        List<Objective> objectives =
                list(OBJECTIVES, base.objectives(), ours.objectives(), theirs.objectives(), context);
        List<ScopeItem> scope = list(SCOPE, base.scopeItems(), ours.scopeItems(), theirs.scopeItems(), context);
        List<ServiceLevel> levels =
                list(SERVICE_LEVELS, base.serviceLevels(), ours.serviceLevels(), theirs.serviceLevels(), context);
        if (context.fields().hasConflicts()) {
            return new MergeResult(null, context.fields().conflicts());
        }
        if (header == theirs.header()
                && objectives == theirs.objectives()
                && scope == theirs.scopeItems()
                && levels == theirs.serviceLevels()) {
            return new MergeResult(theirs, List.of()); // valid already, no need to validate it again
        }
        if (header == ours.header()
                && objectives == ours.objectives()
                && scope == ours.scopeItems()
                && levels == ours.serviceLevels()) {
            return new MergeResult(ours, List.of());
        }
        try {
            return new MergeResult(new Terms(header, objectives, scope, levels), List.of());
        } catch (InvalidTermsException invalid) {
            return new MergeResult(null, MergeInvalid.conflicts(invalid.violations(), objectives, scope, levels));
        }
    }

    private static ContractHeader header(
            ContractHeader base, ContractHeader ours, ContractHeader theirs, MergeFields fields) {
        if (ours.equals(base)) {
            return theirs;
        }
        if (theirs.equals(base) || ours.equals(theirs)) {
            return ours;
        }
        fields.item(TermsSection.HEADER, TermsDiffer.HEADER_KEY, "");
        return new ContractHeader(
                fields.pick("header.startDate", ValueKind.DATE, base.startDate(), ours.startDate(), theirs.startDate()),
                (int) fields.number(
                        "header.initialTermMonths",
                        (long) base.initialTermMonths(),
                        ours.initialTermMonths(),
                        theirs.initialTermMonths()),
                fields.pick("header.renewal", ValueKind.ENUM, base.renewal(), ours.renewal(), theirs.renewal()),
                (int) fields.number(
                        "header.renewalTermMonths",
                        (long) base.renewalTermMonths(),
                        ours.renewalTermMonths(),
                        theirs.renewalTermMonths()),
                (int) fields.number(
                        "header.noticePeriodMonths",
                        (long) base.noticePeriodMonths(),
                        ours.noticePeriodMonths(),
                        theirs.noticePeriodMonths()),
                fields.pick(
                        "header.atRiskPercent",
                        ValueKind.PERCENT,
                        base.atRiskPercent(),
                        ours.atRiskPercent(),
                        theirs.atRiskPercent()),
                fields.pick(
                        "header.penaltyCapAmount",
                        ValueKind.MONEY,
                        base.penaltyCapAmount(),
                        ours.penaltyCapAmount(),
                        theirs.penaltyCapAmount()));
    }

    /**
     * Theirs' order, then the items only ours has in ours' order. Returns theirs' (or ours') own list when the
     * result is exactly it, so that an untouched section costs no copy and no second validation.
     */
    private static <T> List<T> list(Kind<T> kind, List<T> base, List<T> ours, List<T> theirs, Context context) {
        if (ours == base || ours == theirs) {
            return theirs;
        }
        if (theirs == base) {
            return ours;
        }
        KeyMatch oursToBase = KeyMatch.of(base, ours, kind.keyOf());
        KeyMatch theirsToBase = KeyMatch.of(base, theirs, kind.keyOf());
        KeyMatch theirsToOurs = KeyMatch.of(ours, theirs, kind.keyOf());
        List<T> merged = new ArrayList<>(Math.max(ours.size(), theirs.size()) + 4);
        for (int i = 0; i < theirs.size(); i++) {
            T t = theirs.get(i);
            int j = theirsToBase.beforeIndexOf(i);
            int k = theirsToOurs.beforeIndexOf(i);
            T b = j < 0 ? null : base.get(j);
            T o = k < 0 ? null : ours.get(k);
            if (o != null) {
                merged.add(item(kind, b, o, t, context));
            } else if (b == null) {
                merged.add(t); // added by theirs only
            } else if (!same(kind, t, b, context) && deleted(kind, b, null, t, context.fields())) {
                merged.add(t); // a resolving merge that takes theirs' edit over ours' deletion
            } // else deleted by ours, untouched by theirs
        }
        for (int k = 0; k < ours.size(); k++) {
            if (theirsToOurs.kept(k)) {
                continue;
            }
            T o = ours.get(k);
            int j = oursToBase.beforeIndexOf(k);
            if (j < 0) {
                merged.add(o); // added by ours only
            } else if (!same(kind, o, base.get(j), context) && !deleted(kind, base.get(j), o, null, context.fields())) {
                merged.add(o); // ours' edit wins; a plain merge with conflicts returns no terms at all
            } // else deleted by theirs, untouched by ours
        }
        return sameElements(merged, theirs) ? theirs : sameElements(merged, ours) ? ours : merged;
    }

    private static <T> T item(Kind<T> kind, @Nullable T base, T ours, T theirs, Context context) {
        if (ours == theirs || base != null && (ours == base || same(kind, ours, base, context))) {
            return theirs;
        }
        if (base != null && (theirs == base || same(kind, theirs, base, context))
                || same(kind, ours, theirs, context)) {
            return ours;
        }
        context.fields()
                .item(kind.section(), kind.keyOf().apply(ours), kind.labelOf().apply(ours));
        return kind.merge().merge(base, ours, theirs, context);
    }

    private static <T> boolean same(Kind<T> kind, T a, T b, Context context) {
        return a == b || a.equals(b) || kind.same().same(a, b, context.scratch());
    }

    /** Records the conflict; true when a resolving merge takes theirs' side of it. */
    private static <T> boolean deleted(Kind<T> kind, T base, @Nullable T ours, @Nullable T theirs, MergeFields fields) {
        T edited = ours != null ? ours : theirs;
        fields.item(kind.section(), kind.keyOf().apply(base), kind.labelOf().apply(edited));
        return fields.conflict(
                DELETED_FIELD,
                null,
                ValueKind.TEXT,
                kind.labelOf().apply(base),
                ours == null ? null : kind.labelOf().apply(ours),
                theirs == null ? null : kind.labelOf().apply(theirs));
    }

    private static <T> boolean sameElements(List<T> a, List<T> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private static Objective objective(@Nullable Objective base, Objective ours, Objective theirs, Context context) {
        MergeFields fields = context.fields();
        return new Objective(
                ours.key(),
                fields.pick(
                        "objective.kind",
                        ValueKind.ENUM,
                        base == null ? null : base.kind(),
                        ours.kind(),
                        theirs.kind()),
                fields.text(
                        "objective.description",
                        base == null ? null : base.description(),
                        ours.description(),
                        theirs.description()),
                fields.text(
                        "objective.indicator",
                        base == null ? null : base.indicator(),
                        ours.indicator(),
                        theirs.indicator()));
    }

    private static ScopeItem scopeItem(@Nullable ScopeItem base, ScopeItem ours, ScopeItem theirs, Context context) {
        MergeFields fields = context.fields();
        String title = fields.text("scope.title", base == null ? null : base.title(), ours.title(), theirs.title());
        String description = fields.text(
                "scope.description",
                base == null ? null : base.description(),
                ours.description(),
                theirs.description());
        String criteria = fields.text(
                "scope.acceptanceCriteria",
                base == null ? null : base.acceptanceCriteria(),
                ours.acceptanceCriteria(),
                theirs.acceptanceCriteria());
        String unit = fields.text(
                "scope.unitOfMeasure",
                base == null ? null : base.unitOfMeasure(),
                ours.unitOfMeasure(),
                theirs.unitOfMeasure());
        String documentation = fields.text(
                "scope.documentationUrl",
                base == null ? null : base.documentationUrl(),
                ours.documentationUrl(),
                theirs.documentationUrl());
        // the documents as a whole, compared by what a person reads (their names): both sides' lists merge like a text
        String attached = fields.text(
                "scope.attachments",
                base == null ? null : base.attachmentsAsText(),
                ours.attachmentsAsText(),
                theirs.attachmentsAsText());
        List<ScopeAttachment> attachments =
                attached.equals(theirs.attachmentsAsText()) ? theirs.attachments() : ours.attachments();
        boolean retained = fields.pick(
                "scope.retainedDecision",
                ValueKind.BOOLEAN,
                base == null ? null : base.retainedDecision(),
                ours.retainedDecision(),
                theirs.retainedDecision());
        // volume terms are their own item of the VOLUMES section, keyed and labelled like the scope item
        fields.item(TermsSection.VOLUMES, ours.key(), fields.label());
        VolumeTerms volume = MergeVolumes.volume(
                base == null ? null : base.volume(), ours.volume(), theirs.volume(), fields, context.scratch());
        return new ScopeItem(
                ours.key(), title, description, criteria, unit, documentation, retained, volume, attachments);
    }

    private static ServiceLevel serviceLevel(
            @Nullable ServiceLevel base, ServiceLevel ours, ServiceLevel theirs, Context context) {
        MergeFields fields = context.fields();
        return new ServiceLevel(
                ours.key(),
                fields.text("sla.metric", base == null ? null : base.metric(), ours.metric(), theirs.metric()),
                fields.text(
                        "sla.measurement",
                        base == null ? null : base.measurement(),
                        ours.measurement(),
                        theirs.measurement()),
                fields.pick(
                        "sla.targetPercent",
                        ValueKind.PERCENT,
                        base == null ? null : base.targetPercent(),
                        ours.targetPercent(),
                        theirs.targetPercent()),
                fields.pick(
                        "sla.minimumPercent",
                        ValueKind.PERCENT,
                        base == null ? null : base.minimumPercent(),
                        ours.minimumPercent(),
                        theirs.minimumPercent()),
                fields.pick(
                        "sla.window",
                        ValueKind.ENUM,
                        base == null ? null : base.window(),
                        ours.window(),
                        theirs.window()),
                fields.pick(
                        "sla.critical",
                        ValueKind.BOOLEAN,
                        base == null ? null : base.critical(),
                        ours.critical(),
                        theirs.critical()),
                fields.pick(
                        "sla.atRiskSharePercent",
                        ValueKind.PERCENT,
                        base == null ? null : base.atRiskSharePercent(),
                        ours.atRiskSharePercent(),
                        theirs.atRiskSharePercent()),
                fields.pick(
                        "sla.earnBackTargetPercent",
                        ValueKind.PERCENT,
                        base == null ? null : base.earnBackTargetPercent(),
                        ours.earnBackTargetPercent(),
                        theirs.earnBackTargetPercent()),
                fields.pick(
                        "sla.deadline",
                        ValueKind.DEADLINE,
                        base == null ? null : base.deadline(),
                        ours.deadline(),
                        theirs.deadline()));
    }

    // semantic equality, exactly as the diff sees it (amounts by value, blank text as empty)

    private static boolean sameObjective(Objective a, Objective b, FieldChanges scratch) {
        ItemFields.objective(a, b, scratch);
        return isEmpty(scratch);
    }

    private static boolean sameScopeItem(ScopeItem a, ScopeItem b, FieldChanges scratch) {
        ItemFields.scopeItem(a, b, scratch);
        VolumeFields.volume(a.volume(), b.volume(), scratch);
        return isEmpty(scratch);
    }

    private static boolean sameServiceLevel(ServiceLevel a, ServiceLevel b, FieldChanges scratch) {
        // the items' titles only name a changed deadline: sameness compares the deadlines themselves
        ItemFields.serviceLevel(a, b, scratch, Function.identity(), Function.identity());
        return isEmpty(scratch);
    }

    private static boolean isEmpty(FieldChanges scratch) {
        boolean empty = scratch.isEmpty();
        scratch.take();
        return empty;
    }
}
