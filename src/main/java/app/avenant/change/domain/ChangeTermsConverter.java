package app.avenant.change.domain;

import app.avenant.contract.terms.BandPricing;
import app.avenant.contract.terms.BaselineChargePricing;
import app.avenant.contract.terms.InvalidTermsException;
import app.avenant.contract.terms.Pricing;
import app.avenant.contract.terms.Terms;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a revision's proposed terms whole, as one JSON document in the same format as the contract's
 * versions. The contract module's {@code TermsJson} is internal to that module (Modulith forbids using
 * it from here), so the format is pinned again here, identically: ChangeTermsConverterTest checks that
 * both write the same document and read each other's. If the contract module ever exposes its format
 * as a named interface, this class should delegate to it.
 */
@Converter
public class ChangeTermsConverter implements AttributeConverter<Terms, String> {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addMixIn(Pricing.class, PricingFormat.class)
            .changeDefaultVisibility(visibility -> visibility
                    .withVisibility(PropertyAccessor.FIELD, Visibility.ANY)
                    .withVisibility(PropertyAccessor.GETTER, Visibility.NONE)
                    .withVisibility(PropertyAccessor.IS_GETTER, Visibility.NONE))
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public static String write(Terms terms) {
        return MAPPER.writeValueAsString(terms);
    }

    public static Terms read(String json) {
        try {
            return MAPPER.readValue(json, Terms.class);
        } catch (JacksonException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidTermsException invalid) {
                    throw invalid;
                }
            }
            throw new IllegalArgumentException("Not a readable terms document: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public String convertToDatabaseColumn(Terms terms) {
        return write(terms);
    }

    @Override
    public Terms convertToEntityAttribute(String json) {
        return read(json);
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "mechanism")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = BandPricing.class, name = "BANDS"),
            @JsonSubTypes.Type(value = BaselineChargePricing.class, name = "BASELINE_CHARGE")})
    private interface PricingFormat {
    }
}
