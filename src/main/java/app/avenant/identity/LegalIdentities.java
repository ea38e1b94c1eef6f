package app.avenant.identity;

import app.avenant.identity.LegalIdentityException.Problem;
import app.avenant.identity.domain.Organisation;
import app.avenant.identity.domain.OrganisationRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's organisation's legal identity (issue 16, point 1): every member reads it, its admins
 * change it. Another organisation's identity is never served here; documents that name both parties of a contract
 * read them through the identity module's internal API once the contract's right is checked.
 */
@Service
@Transactional
public class LegalIdentities {

    /**
     * @param editable  whether the caller may change it (an organisation admin)
     * @param changedBy who last changed it, null before anyone did
     * @param version   to refuse a change made on a form read before someone else's change
     */
    public record Mine(
            String organisationName,
            OrganisationKind kind,
            LegalIdentity identity,
            boolean editable,
            @Nullable Instant changedAt,
            @Nullable String changedBy,
            long version) {}

    private final Users users;
    private final OrganisationRepository organisations;
    private final Clock clock;

    LegalIdentities(Users users, OrganisationRepository organisations, Clock clock) {
        this.users = users;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Mine mine() {
        CurrentUser caller = users.currentUser();
        Organisation organisation = organisations
                .findById(caller.organisation().id())
                .orElseThrow(() -> new AccessDeniedException("No organisation"));
        UUID changedBy = organisation.legalIdentityChangedBy();
        String changedByName = null;
        if (changedBy != null) {
            Map<UUID, UserRef> names = users.usersByIds(List.of(changedBy));
            UserRef who = names.get(changedBy);
            changedByName = who == null ? null : who.displayName();
        }
        return new Mine(
                organisation.name(),
                organisation.kind(),
                organisation.legalIdentity(),
                caller.organisationAdmin(),
                organisation.legalIdentityChangedAt(),
                changedByName,
                organisation.version());
    }

    /**
     * Replaces the caller's organisation's identity with {@code typed}, checked and normalised by
     * {@link LegalIdentityRules}; reserved to its admins. Refused whole, with every problem, in a
     * {@link LegalIdentityException}; also when someone changed it since {@code readVersion}.
     */
    public LegalIdentity saveMine(LegalIdentity typed, long readVersion) {
        CurrentUser caller = users.currentUser();
        if (!caller.organisationAdmin()) {
            throw new AccessDeniedException("Reserved to organisation admins");
        }
        LegalIdentity checked = LegalIdentityRules.check(typed);
        Organisation organisation = organisations
                .findById(caller.organisation().id())
                .orElseThrow(() -> new AccessDeniedException("No organisation"));
        if (organisation.version() != readVersion) {
            throw new LegalIdentityException(List.of(new Problem("", "identity.legal.error.stale", List.of())));
        }
        organisation.changeLegalIdentity(checked, caller.id(), clock.instant());
        organisations.saveAndFlush(organisation);
        return checked;
    }
}
