package app.avenant.governance;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of a contract's access register. {@code active} is false once the revocation date has come:
 * a revocation dated in the future is announced, the access still open until then.
 */
public record RegisterEntryView(
        UUID id,
        String system,
        String dataCategories,
        boolean personalData,
        LocalDate grantedOn,
        @Nullable LocalDate revokedOn,
        String note,
        boolean active) {}
