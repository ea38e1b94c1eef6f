package app.avenant.performance.csv;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of a deliverables file. A header names each column in French or in English, in any order,
 * whatever the case and the accents ({@code Échéance} is {@code echeance}). The first four are required;
 * a file without the last three records pending deliverables without cost.
 */
public enum DeliverableCsvColumn {
    REFERENCE("reference", "reference", "reference", true, Set.of("ref")),
    SCOPE_ITEM("scopeItem", "poste", "scope_item", true, Set.of("scopeitem", "item", "poste_key")),
    DUE_DATE("dueDate", "echeance", "due_date", true, Set.of("due", "date_echeance", "duedate")),
    DELIVERED_ON(
            "deliveredOn",
            "livre_le",
            "delivered_on",
            false,
            Set.of("livre", "livraison", "date_livraison", "delivered", "deliveredon", "delivery_date")),
    UNITS("units", "unites", "units", true, Set.of("unite", "quantite", "quantity")),
    QUALITY("quality", "qualite", "quality", false, Set.of()),
    COST("cost", "cout", "cost", false, Set.of("cout_eur", "cost_eur"));

    private final String field;
    private final String french;
    private final String english;
    private final boolean required;
    private final Set<String> aliases;

    DeliverableCsvColumn(String field, String french, String english, boolean required, Set<String> aliases) {
        this.field = field;
        this.french = french;
        this.english = english;
        this.required = required;
        this.aliases = aliases;
    }

    /** The input field it fills, named as the service names it in its violations. */
    public String field() {
        return field;
    }

    /** Its name in the French header, as the template writes it. */
    public String frenchName() {
        return french;
    }

    public String englishName() {
        return english;
    }

    public boolean required() {
        return required;
    }

    /** The column a header cell names, once normalised by {@link DeliverableCsvText#key}. */
    static Optional<DeliverableCsvColumn> named(String normalisedName) {
        return Arrays.stream(values())
                .filter(c -> c.french.equals(normalisedName)
                        || c.english.equals(normalisedName)
                        || c.aliases.contains(normalisedName))
                .findFirst();
    }

    /** {@code reference;poste;echeance;livre_le;unites;qualite;cout}. */
    public static String frenchHeader(char separator) {
        return String.join(
                String.valueOf(separator),
                Arrays.stream(values()).map(c -> c.french).toList());
    }

    /** {@code reference,scope_item,due_date,delivered_on,units,quality,cost}. */
    public static String englishHeader(char separator) {
        return String.join(
                String.valueOf(separator),
                Arrays.stream(values()).map(c -> c.english).toList());
    }

    public static List<DeliverableCsvColumn> all() {
        return List.of(values());
    }
}
