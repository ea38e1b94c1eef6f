package app.avenant.change;

import app.avenant.contract.Side;
import java.time.Instant;

/** One edit of a request's title and reason: who, when, and the wording before and after. */
public record WordingEditView(
        Side side,
        String editorName,
        Instant editedAt,
        String titleBefore,
        String reasonBefore,
        String titleAfter,
        String reasonAfter) {}
