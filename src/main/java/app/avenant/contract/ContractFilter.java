package app.avenant.contract;

import org.jspecify.annotations.Nullable;

/**
 * Filter of "Mes contrats".
 *
 * @param status only this status, or null for all
 * @param text   matched (case-insensitive) against reference and title; blank for all
 */
public record ContractFilter(@Nullable ContractStatus status, String text) {

    public static ContractFilter all() {
        return new ContractFilter(null, "");
    }
}
