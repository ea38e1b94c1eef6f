package app.avenant.contract.persistence;

import app.avenant.contract.terms.BandPricing;
import app.avenant.contract.terms.BaselineChargePricing;
import app.avenant.contract.terms.ContractHeader;
import app.avenant.contract.terms.Deadline;
import app.avenant.contract.terms.InvalidTermsException;
import app.avenant.contract.terms.Pricing;
import app.avenant.contract.terms.ScopeAttachment;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.ServiceLevel;
import app.avenant.contract.terms.Terms;
import app.avenant.shared.RecentlyUsed;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The storage form of {@link Terms}: one JSON document per version, read back forever, so the format is pinned
 * here rather than left to defaults. Properties are the record components, under their names; the sealed
 * {@link Pricing} carries a {@code "mechanism"} discriminator ({@code "BANDS"} or {@code "BASELINE_CHARGE"});
 * amounts are plain JSON numbers (never exponents) read back exactly; dates are ISO strings. Reading runs the
 * terms' validation. TermsJsonTest holds a stored document that must stay readable: never change a name.
 */
public final class TermsJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addMixIn(Pricing.class, PricingFormat.class)
            .addMixIn(ScopeItem.class, ScopeItemFormat.class)
            .addMixIn(ContractHeader.class, ContractHeaderFormat.class)
            .addMixIn(ServiceLevel.class, ServiceLevelFormat.class)
            // the record components and nothing else: a derived method such as ScopeItem.isReady() must not
            // slip into stored documents
            .changeDefaultVisibility(visibility -> visibility
                    .withVisibility(PropertyAccessor.FIELD, Visibility.ANY)
                    .withVisibility(PropertyAccessor.GETTER, Visibility.NONE)
                    .withVisibility(PropertyAccessor.IS_GETTER, Visibility.NONE))
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** Trees for {@link EarlierRules}: decimals read as BigDecimal, never through a double. */
    private static final JsonMapper EXACT_TREES = MAPPER.rebuild()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /**
     * Documents recently written or read, with their terms. A version never changes, and reading a large
     * one (JSON plus validation) costs more than hashing it, so the current version of a busy contract is
     * parsed once rather than on every screen and every acceptance. Terms are immutable: sharing is safe.
     */
    private static final int RECENT_DOCUMENTS = 16;

    private static final Map<String, Terms> RECENT = RecentlyUsed.map(RECENT_DOCUMENTS);

    private TermsJson() {}

    public static String write(Terms terms) {
        String json = MAPPER.writeValueAsString(terms);
        RECENT.put(json, terms);
        return json;
    }

    /**
     * @throws InvalidTermsException    when the document is well-formed but its terms break a rule
     * @throws IllegalArgumentException when it is not a terms document
     */
    public static Terms read(String json) {
        Terms recent = RECENT.get(json);
        if (recent != null) {
            return recent;
        }
        Terms terms = parse(json);
        RECENT.put(json, terms);
        return terms;
    }

    /** Always parses (tests of the format use it, so the cache cannot hide a reading error). */
    static Terms parse(String json) {
        try {
            return MAPPER.readValue(json, Terms.class);
        } catch (JacksonException e) {
            InvalidTermsException invalid = invalidTerms(e);
            if (invalid != null && EarlierRules.explain(invalid)) {
                return EarlierRules.upgrade(json);
            }
            throw notReadable(e, invalid);
        }
    }

    private static RuntimeException notReadable(JacksonException e, @Nullable InvalidTermsException invalid) {
        return invalid != null
                ? invalid
                : new IllegalArgumentException("Not a readable terms document: " + e.getOriginalMessage(), e);
    }

    static @Nullable InvalidTermsException invalidTerms(JacksonException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidTermsException invalid) {
                return invalid;
            }
        }
        return null;
    }

    /** Reads a document into a tree whose decimals stay exact, for {@link EarlierRules} to rewrite. */
    static JsonNode tree(String json) {
        return EXACT_TREES.readTree(json);
    }

    static Terms fromTree(JsonNode tree) {
        try {
            return EXACT_TREES.treeToValue(tree, Terms.class);
        } catch (JacksonException e) {
            throw notReadable(e, invalidTerms(e));
        }
    }

    /** Absent when the contract sets no cap. */
    private abstract static class ContractHeaderFormat {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        BigDecimal penaltyCapAmount;
    }

    /** Absent when the level has no earn-back: documents written before earn-back existed read the same. */
    private abstract static class ServiceLevelFormat {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        BigDecimal earnBackTargetPercent;

        /** Absent for a level measured by hand: the documents of earlier versions, and their fingerprints, hold. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Deadline deadline;
    }

    /**
     * A scope item without documents is stored as before they existed (no {@code attachments} property): the
     * documents of versions adopted earlier, and so their fingerprints, are unchanged.
     */
    private abstract static class ScopeItemFormat {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<ScopeAttachment> attachments;
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "mechanism")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = BandPricing.class, name = "BANDS"),
        @JsonSubTypes.Type(value = BaselineChargePricing.class, name = "BASELINE_CHARGE")
    })
    private interface PricingFormat {}
}
