package app.avenant.contract.domain;

import app.avenant.contract.persistence.TermsJson;
import app.avenant.contract.terms.Terms;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a version's terms whole, as one JSON document, so a version is a snapshot that never changes. */
@Converter
class TermsConverter implements AttributeConverter<Terms, String> {

    @Override
    public String convertToDatabaseColumn(Terms terms) {
        return TermsJson.write(terms);
    }

    @Override
    public Terms convertToEntityAttribute(String json) {
        return TermsJson.read(json);
    }
}
