package app.avenant.performance.csv;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of a deliverables file. A header names each column in French or in English, in any order,
 * whatever the case and the accents ({@code Échéance} is {@code echeance}). The first four are required;
 * a file without the last ones records pending deliverables without cost; the due date may be blank on a line that
 * gives the request's date and time (a service level's deadline computes it).
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
    COST("cost", "cout", "cost", false, Set.of("cout_eur", "cost_eur")),
    /** When it was asked for, « 30/04/2026 16:00 »: a service level's deadline then sets the due date (0053). */
    REQUESTED_AT(
            "requestedAt",
            "demande_le",
            "requested_at",
            false,
            Set.of("demande", "date_demande", "requested", "requestedat", "demande_a")),
    /** The delivery's time, « 17:00 », on the day of {@code livre_le}. */
    DELIVERED_TIME(
            "deliveredAt",
            "heure_livraison",
            "delivery_time",
            false,
            Set.of("heure", "heure_de_livraison", "delivered_at", "deliveredat", "livre_a"));

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
