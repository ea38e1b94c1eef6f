package app.avenant.performance.web;

import app.avenant.performance.DeliverableInput;
import app.avenant.performance.DeliverableViolation;
import app.avenant.performance.QualityOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Turns the JSON deliverables of a call into {@link DeliverableInput}s, collecting every value of a wrong
 * type (a date that is not YYYY-MM-DD, units that are not a whole number, an unknown quality, an unknown
 * field…) as a violation naming its index and field. Values that are merely absent stay null for the
 * service to judge, so its rules (required, ranges, scope items, idempotency) are the form's and the CSV's.
 * Plain Java, unit-testable without Spring.
 */
final class DeliverableBatchReader {

    static final String REFERENCE = "reference";
    static final String SCOPE_ITEM = "scopeItem";
    static final String DUE_DATE = "dueDate";
    static final String DELIVERED_ON = "deliveredOn";
    static final String UNITS = "units";
    static final String QUALITY = "quality";
    static final String COST = "cost";
    static final String REQUESTED_AT = "requestedAt";
    static final String DELIVERED_AT = "deliveredAt";
    static final Set<String> FIELDS =
            Set.of(REFERENCE, SCOPE_ITEM, DUE_DATE, DELIVERED_ON, UNITS, QUALITY, COST, REQUESTED_AT, DELIVERED_AT);

    private static final String CODE = "performance.api.error.";
    /** How much of a wrong value a message repeats. */
    private static final int ECHO_MAX = 40;

    /** The inputs, in order, when {@code violations} is empty; otherwise the service must not be called. */
    record Batch(List<DeliverableInput> inputs, List<DeliverableViolation> violations) {

        boolean valid() {
            return violations.isEmpty();
        }
    }

    private DeliverableBatchReader() {}

    /** @param items a JSON array (its size already checked by the caller) */
    static Batch read(JsonNode items) {
        List<DeliverableInput> inputs = new ArrayList<>(items.size());
        List<DeliverableViolation> violations = new ArrayList<>();
        for (int index = 0; index < items.size(); index++) {
            JsonNode item = items.get(index);
            if (!item.isObject()) {
                violations.add(DeliverableViolation.of(index, "deliverable", CODE + "notObject"));
                continue;
            }
            Item read = new Item(index, item, violations);
            DeliverableInput input = read.input();
            if (input != null) {
                inputs.add(input);
            }
        }
        return new Batch(violations.isEmpty() ? inputs : List.of(), violations);
    }

    /** One JSON object, read field by field; each wrong field adds one violation. */
    private static final class Item {

        private final int index;
        private final JsonNode node;
        private final List<DeliverableViolation> violations;
        private final int violationsBefore;

        Item(int index, JsonNode node, List<DeliverableViolation> violations) {
            this.index = index;
            this.node = node;
            this.violations = violations;
            this.violationsBefore = violations.size();
        }

        /** Null when a field of this item was of a wrong type (the violations say which). */
        @Nullable
        DeliverableInput input() {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                if (!FIELDS.contains(property.getKey())) {
                    violations.add(DeliverableViolation.of(index, property.getKey(), CODE + "unknownField"));
                }
            }
            String reference = text(REFERENCE);
            String scopeItem = text(SCOPE_ITEM);
            LocalDate dueDate = date(DUE_DATE);
            LocalDate deliveredOn = date(DELIVERED_ON);
            Long units = units();
            QualityOutcome quality = quality();
            BigDecimal cost = cost();
            LocalDateTime requestedAt = dateTime(REQUESTED_AT);
            LocalDateTime deliveredAt = dateTime(DELIVERED_AT);
            if (deliveredAt != null && deliveredOn != null && !deliveredOn.equals(deliveredAt.toLocalDate())) {
                violations.add(DeliverableViolation.of(index, DELIVERED_AT, CODE + "deliveredAt.otherDay"));
            }
            if (violations.size() > violationsBefore || units == null) {
                return null;
            }
            // reference, scope item and due date may be null here: the service reports them as required (a due
            // date is computed from requestedAt when a service level sets a deadline on the scope item)
            return new DeliverableInput(reference, scopeItem, dueDate, deliveredOn, units, quality, cost)
                    .withTimes(requestedAt, deliveredAt);
        }

        private @Nullable JsonNode value(String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? null : value;
        }

        private @Nullable String text(String field) {
            JsonNode value = value(field);
            if (value == null) {
                return null;
            }
            if (!value.isString()) {
                violations.add(DeliverableViolation.of(index, field, CODE + "text"));
                return null;
            }
            return value.stringValue();
        }

        private @Nullable LocalDate date(String field) {
            JsonNode value = value(field);
            if (value == null) {
                return null;
            }
            if (value.isString()) {
                try {
                    return LocalDate.parse(value.stringValue()); // ISO 8601: 2026-10-05
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            violations.add(DeliverableViolation.of(index, field, CODE + "date", echo(value)));
            return null;
        }

        /** The contract's local time, ISO 8601 without an offset: 2026-04-30T16:00. */
        private @Nullable LocalDateTime dateTime(String field) {
            JsonNode value = value(field);
            if (value == null) {
                return null;
            }
            if (value.isString()) {
                try {
                    return LocalDateTime.parse(value.stringValue());
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            violations.add(DeliverableViolation.of(index, field, CODE + "dateTime", echo(value)));
            return null;
        }

        /** Units are required here (a primitive in the input): absent is reported now, not by the service. */
        private @Nullable Long units() {
            JsonNode value = value(UNITS);
            if (value == null) {
                violations.add(DeliverableViolation.of(index, UNITS, CODE + "required"));
                return null;
            }
            if (value.isNumber() && value.canConvertToExactIntegral() && value.canConvertToLong()) {
                return value.asLong();
            }
            violations.add(DeliverableViolation.of(index, UNITS, CODE + "integer", echo(value)));
            return null;
        }

        private @Nullable QualityOutcome quality() {
            JsonNode value = value(QUALITY);
            if (value == null) {
                return null;
            }
            if (value.isString()) {
                String name = value.stringValue()
                        .strip()
                        .toUpperCase(Locale.ROOT)
                        .replace(' ', '_')
                        .replace('-', '_');
                for (QualityOutcome outcome : QualityOutcome.values()) {
                    if (outcome.name().equals(name)) {
                        return outcome;
                    }
                }
            }
            violations.add(DeliverableViolation.of(index, QUALITY, CODE + "quality", echo(value)));
            return null;
        }

        /** A JSON number (read exactly, never through a double), or a string such as "12.50". */
        private @Nullable BigDecimal cost() {
            JsonNode value = value(COST);
            if (value == null) {
                return null;
            }
            if (value.isNumber()) {
                return value.decimalValue();
            }
            if (value.isString()) {
                try {
                    return new BigDecimal(value.stringValue().strip());
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            violations.add(DeliverableViolation.of(index, COST, CODE + "amount", echo(value)));
            return null;
        }

        /** The value as sent (JSON text), shortened: enough to recognise it, never a whole document. */
        private static String echo(JsonNode value) {
            String text = value.isString() ? value.stringValue() : value.toString();
            return text.length() <= ECHO_MAX ? text : text.substring(0, ECHO_MAX) + "…";
        }
    }
}
