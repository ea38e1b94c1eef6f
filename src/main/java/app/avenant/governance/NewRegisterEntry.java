package app.avenant.governance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a user declares in the access register (to add an entry or to correct one). The service validates it:
 * a form may hand in a missing date, which is refused next to its field rather than crashing.
 */
public record NewRegisterEntry(
        String system,
        String dataCategories,
        boolean personalData,
        @Nullable LocalDate grantedOn,
        @Nullable LocalDate revokedOn,
        String note) {}
