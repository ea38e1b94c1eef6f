package app.avenant.performance.metrics;

import app.avenant.contract.VersionAdoption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * Which version prices a month. Rule (docs/decisions/0006): the version in force on the month's last day
 * (Paris time) prices the whole month, so a month is never priced by two mechanisms; an amendment adopted on
 * 20 June prices June. Version 1 covers the contract from its start, even for months before its adoption
 * (the first terms are what the parties agreed for the contract from day one).
 */
public final class VersionTimeline {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final List<VersionAdoption> adoptions;

    /** @param adoptions oldest first, as {@code Contracts.adoptions} returns them */
    public VersionTimeline(List<VersionAdoption> adoptions) {
        this.adoptions = List.copyOf(adoptions);
    }

    /** The version pricing that month; 0 when the contract has no version yet. */
    public int versionPricing(YearMonth month) {
        if (adoptions.isEmpty()) {
            return 0;
        }
        Instant endOfMonth = month.plusMonths(1).atDay(1).atStartOfDay(PARIS).toInstant();
        int version = adoptions.get(0).number();
        for (VersionAdoption adoption : adoptions) {
            if (adoption.adoptedAt().isBefore(endOfMonth)) {
                version = adoption.number();
            }
        }
        return version;
    }

    /** The version in force on a day (the same rule, for a day rather than a month). */
    public int versionOn(LocalDate day) {
        return versionPricing(YearMonth.from(day));
    }

    public int currentVersion() {
        return adoptions.isEmpty() ? 0 : adoptions.get(adoptions.size() - 1).number();
    }

    public boolean isEmpty() {
        return adoptions.isEmpty();
    }
}
