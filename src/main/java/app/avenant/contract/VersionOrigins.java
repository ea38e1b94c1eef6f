package app.avenant.contract;

import java.util.List;
import java.util.UUID;

/**
 * Which change request produced each version of a contract, and who proposed what in it: the history and the
 * version compare tell who and why. Declared here, because those screens are this module's, and implemented by
 * {@code change}, which knows the requests and depends on this module (the other way round would be a cycle):
 * the pattern of {@link LastAccess} and {@code shared.ui.OverviewPanel} (docs/decisions/0026). An
 * implementation checks the caller's membership first, so a stranger learns nothing
 * ({@link ContractNotFoundException}), and reads a whole range in a fixed number of statements.
 */
public interface VersionOrigins {

    /**
     * The requests that produced versions {@code fromVersion}..{@code toVersion} (both included), by version,
     * with their approvals; without per-field attribution ({@link VersionOrigin#fields()} empty). A version
     * adopted without a request (imported, demo data) has none.
     */
    List<VersionOrigin> origins(UUID contractId, int fromVersion, int toVersion);

    /**
     * The same, each with the fields its request changed and, for each field, the side and the person whose
     * revision proposed its value last: what the version compare shows next to every change.
     */
    List<VersionOrigin> attributedOrigins(UUID contractId, int fromVersion, int toVersion);
}
