package app.avenant.contract;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Filter of "Mes contrats".
 *
 * @param status only this status, or null for all
 * @param text         matched (case-insensitive) against the reference, the title, the other party's name and the
 *                     text of the scope in force (titles, descriptions, acceptance criteria); blank for all
 * @param counterparty only the contracts with this other party (the PME's providers, the provider's clients), or
 *                     null for all
 */
public record ContractFilter(
        @Nullable ContractStatus status,
        String text,
        @Nullable UUID counterparty) {

    public ContractFilter(@Nullable ContractStatus status, String text) {
        this(status, text, null);
    }

    public static ContractFilter all() {
        return new ContractFilter(null, "");
    }
}
