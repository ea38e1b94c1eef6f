package app.avenant.shared.ui;

import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A screen that an upstream module links to although it may not know the module that owns it: the contract
 * workspace links to the change requests, the performance screens, the comités and the audit trail, all of
 * modules that depend on {@code contract}. The owning module contributes one bean per target and builds the
 * URL with its own typed navigation (docs/decisions/0021), like {@link OverviewPanel} adds cards.
 */
public interface ScreenLink {

    /** The screens linked from upstream; each has at most one owner. */
    enum Target {
        CHANGE_REQUESTS,
        NEW_CONTRACT,
        PERFORMANCE_OVERVIEW,
        REVIEWS,
        AUDIT_TRAIL,
        /** One change request (by the request's id, not the contract's): the history links each version to it. */
        CHANGE_REQUEST,
        /** The discussion of one change request (by the request's id), from the version compare. */
        CHANGE_REQUEST_DISCUSSION,
        /** A new change request about one element of the terms, named by the query parameter {@code propose}. */
        PROPOSE_CHANGE,
        /** The files kept with a contract (signed contract, annexes, procedures). */
        CONTRACT_FILES,
        /** The files attached to one change request (by the request's id). */
        REQUEST_FILES
    }

    /** The query parameter of {@link Target#PROPOSE_CHANGE} naming the element: {@code SECTION[:key]}. */
    String PROPOSE_PARAMETER = "propose";

    Target target();

    /**
     * The URL of that screen for the contract, or for the change request for the targets of one request;
     * {@code null} for a screen of no contract (a new contract).
     */
    String url(@Nullable UUID id);

    static ScreenLink of(Target target, Function<@Nullable UUID, String> url) {
        return new ScreenLink() {
            @Override
            public Target target() {
                return target;
            }

            @Override
            public String url(@Nullable UUID id) {
                return url.apply(id);
            }
        };
    }
}
