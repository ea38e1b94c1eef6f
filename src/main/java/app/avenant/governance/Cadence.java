package app.avenant.governance;

import java.time.Period;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** How often a contract's comité de pilotage meets. */
public enum Cadence {
    MONTHLY(Period.ofMonths(1)),
    QUARTERLY(Period.ofMonths(3)),
    NONE(null);

    private final @Nullable Period period;

    Cadence(@Nullable Period period) {
        this.period = period;
    }

    /** The time between two reviews; empty when reviews are planned one by one. */
    public Optional<Period> period() {
        return Optional.ofNullable(period);
    }
}
