package app.avenant.contract.terms;

/**
 * How a changed value is shown to a person: MONEY and PERCENT are {@link java.math.BigDecimal},
 * COEFFICIENT a {@link java.math.BigDecimal} factor, NUMBER a {@link Long}, DATE a
 * {@link java.time.LocalDate}, BOOLEAN a {@link Boolean}, ENUM an enum constant, TEXT a {@link String}, DEADLINE a {@link Deadline}.
 */
public enum ValueKind {
    TEXT,
    NUMBER,
    MONEY,
    PERCENT,
    COEFFICIENT,
    DATE,
    BOOLEAN,
    ENUM,
    DEADLINE
}
