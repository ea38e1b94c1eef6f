package app.avenant.consultation;

import app.avenant.change.ChangeRequests;
import app.avenant.change.NewChangeRequest;
import app.avenant.consultation.ConsultationRows.Listed;
import app.avenant.consultation.ConsultationRows.OfferRow;
import app.avenant.consultation.ConsultationRows.Row;
import app.avenant.contract.ContractLifecycle;
import app.avenant.contract.NewContractRequest;
import app.avenant.contract.persistence.TermsJson;
import app.avenant.contract.terms.Terms;
import app.avenant.identity.CurrentUser;
import app.avenant.identity.OrganisationKind;
import app.avenant.identity.OrganisationRef;
import app.avenant.identity.UserRef;
import app.avenant.identity.Users;
import app.avenant.identity.internal.UsersForModules;
import app.avenant.shared.i18n.Translations;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Implements {@link Consultations} over two tables read with plain SQL (a consultation and its offers are small
 * documents read whole). Who may do what is checked here, on the row: the PME's admins on their organisation's
 * consultation, an invited provider's admins on their own offer.
 */
@Service
@Transactional(readOnly = true)
class ConsultationService implements Consultations {

    static final int REASON_MAX = 1000;

    /**
     * An offer changes only while no decision touched it: a decision sets every offer's status in its transaction, so
     * a provider's write racing it either lands first or finds the decision and changes nothing.
     */
    private static final String STILL_OPEN = " and status in ('INVITED', 'ANSWERED', 'DECLINED')";
    /** How long a decision stays on a provider's home page. */
    private static final Duration RECENT_DECISION = Duration.ofDays(30);

    private final Users users;
    private final UsersForModules people;
    private final ContractLifecycle lifecycle;
    private final ChangeRequests changeRequests;
    private final JdbcTemplate jdbc;
    private final ConsultationRows rows;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsultationService(
            Users users,
            UsersForModules people,
            ContractLifecycle lifecycle,
            ChangeRequests changeRequests,
            JdbcTemplate jdbc,
            ConsultationRows rows,
            ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.people = people;
        this.lifecycle = lifecycle;
        this.changeRequests = changeRequests;
        this.jdbc = jdbc;
        this.rows = rows;
        this.events = events;
        this.clock = clock;
    }

    // --- the PME ---

    @Override
    @Transactional
    public UUID launch(NewConsultation c) {
        CurrentUser me = requirePmeAdmin();
        String title = c.title() == null ? "" : c.title().strip();
        if (title.isEmpty() || title.length() > NewConsultation.TITLE_MAX) {
            throw new ConsultationRuleException("consultation.error.title");
        }
        if (c.answerBy() == null || !c.answerBy().isAfter(LocalDate.now(clock))) {
            throw new ConsultationRuleException("consultation.error.answerBy");
        }
        if (c.need().scopeItems().stream().noneMatch(i -> i.volume() != null)) {
            throw new ConsultationRuleException("consultation.error.need.noVolume");
        }
        List<UUID> providerIds = c.providerIds();
        if (providerIds.isEmpty()
                || providerIds.size() > NewConsultation.MAX_PROVIDERS
                || new HashSet<>(providerIds).size() != providerIds.size()) {
            throw new ConsultationRuleException("consultation.error.providers");
        }
        Map<UUID, OrganisationRef> providers = users.organisationsByIds(providerIds);
        if (providerIds.stream()
                .anyMatch(id -> providers.get(id) == null || providers.get(id).kind() != OrganisationKind.PROVIDER)) {
            throw new ConsultationRuleException("consultation.error.providers");
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.update(
                "insert into consultation (id, client_organisation_id, title, activity, serves, need, questions,"
                        + " answer_by, status, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                me.organisation().id(),
                title,
                c.activity().name(),
                c.serves().name(),
                TermsJson.write(c.need()),
                c.questions().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                c.answerBy(),
                ConsultationStatus.OPEN.name(),
                me.id(),
                Timestamp.from(now));
        jdbc.batchUpdate(
                "insert into consultation_offer (id, consultation_id, provider_organisation_id, status, note,"
                        + " decline_reason) values (?, ?, ?, ?, '', '')",
                providerIds.stream()
                        .map(p -> new Object[] {UUID.randomUUID(), id, p, OfferStatus.INVITED.name()})
                        .toList());
        Row launched = rows.row(id);
        for (UUID provider : providerIds) {
            tell(
                    ConsultationNews.Kind.INVITED,
                    provider,
                    launched,
                    me.organisation().name());
        }
        return id;
    }

    @Override
    public List<ConsultationSummary> mine(int offset, int limit) {
        CurrentUser me = users.currentUser();
        if (!me.organisationAdmin()) {
            return List.of();
        }
        UUID org = me.organisation().id();
        return summaries(
                me.organisation().kind() == OrganisationKind.CLIENT
                        ? rows.ofClient(org, offset, limit)
                        : rows.ofProvider(org, offset, limit));
    }

    @Override
    public long countMine() {
        CurrentUser me = users.currentUser();
        if (!me.organisationAdmin()) {
            return 0;
        }
        return rows.count(me.organisation().id(), me.organisation().kind() == OrganisationKind.CLIENT);
    }

    @Override
    public List<ConsultationSummary> needingMe() {
        CurrentUser me = users.currentUser();
        if (!me.organisationAdmin()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        UUID org = me.organisation().id();
        return summaries(
                me.organisation().kind() == OrganisationKind.CLIENT
                        ? rows.needingClient(org, today)
                        : rows.needingProvider(org, today, clock.instant().minus(RECENT_DECISION)));
    }

    @Override
    public ConsultationDetail detail(UUID consultationId) {
        CurrentUser me = users.currentUser();
        Row c = rows.row(consultationId);
        boolean asClient = isPmeAdminOf(me, c);
        List<OfferRow> offers = rows.offers(consultationId);
        if (!asClient) {
            offers = offers.stream().filter(o -> isProviderAdminOf(me, o)).toList();
            if (offers.isEmpty()) {
                throw new ConsultationNotFoundException(consultationId);
            }
        }
        Map<UUID, OrganisationRef> orgs = users.organisationsByIds(
                concat(offers.stream().map(OfferRow::providerId).toList(), List.of(c.clientId())));
        Set<UUID> userIds = new HashSet<>();
        userIds.add(c.createdBy());
        offers.stream().map(OfferRow::answeredBy).filter(u -> u != null).forEach(userIds::add);
        Map<UUID, UserRef> names = users.usersByIds(userIds);
        List<OfferView> views = offers.stream().map(o -> view(o, orgs, names)).toList();
        boolean chosenProvider = !asClient
                && c.chosenOfferId() != null
                && c.chosenOfferId().equals(offers.getFirst().id());
        boolean seesContract = asClient || chosenProvider;
        return new ConsultationDetail(
                c.id(),
                c.title(),
                c.activity(),
                c.serves(),
                c.status(),
                TermsJson.read(c.need()),
                c.questions(),
                c.answerBy(),
                nameOf(orgs, c.clientId()),
                asClient ? nameOfUser(names, c.createdBy()) : "",
                c.createdAt(),
                asClient,
                views,
                asClient ? c.decisionReason() : "",
                c.decidedAt(),
                seesContract ? c.contractId() : null,
                seesContract ? c.changeRequestId() : null,
                asClient ? c.decisionWeights() : null);
    }

    @Override
    public OfferComparison.Result compare(UUID consultationId, Weights weights) {
        Row c = rowForPmeAdmin(consultationId);
        Terms need = TermsJson.read(c.need());
        List<OfferRow> offers = rows.offers(consultationId);
        Map<UUID, OrganisationRef> orgs = users.organisationsByIds(
                offers.stream().map(OfferRow::providerId).toList());
        List<OfferComparison.Answered> answered = offers.stream()
                .filter(o -> o.terms() != null && o.status() != OfferStatus.DECLINED)
                .map(o -> new OfferComparison.Answered(
                        o.id(),
                        nameOf(orgs, o.providerId()),
                        TermsJson.read(o.terms()),
                        o.answers() == null ? Map.of() : AnswersJson.read(o.answers())))
                .toList();
        return OfferComparison.compare(need, c.questions(), answered, weights);
    }

    @Override
    @Transactional
    public Chosen choose(UUID consultationId, UUID offerId, String contractReference, String reason, Weights weights) {
        CurrentUser me = users.currentUser();
        Row c = rowForPmeAdmin(consultationId);
        if (c.status() != ConsultationStatus.OPEN) {
            throw new ConsultationRuleException("consultation.error.notOpen");
        }
        String why = requireReason(reason);
        List<OfferRow> offers = rows.offers(consultationId);
        OfferRow chosen = offers.stream()
                .filter(o -> o.id().equals(offerId))
                .findFirst()
                .orElseThrow(() -> new ConsultationRuleException("consultation.error.choose.notAnswered"));
        if (chosen.status() != OfferStatus.ANSWERED || chosen.terms() == null) {
            throw new ConsultationRuleException("consultation.error.choose.notAnswered");
        }
        Instant now = clock.instant();
        // taken first, guarded on its status: of two admins choosing at once, the second is refused
        take(consultationId, ConsultationStatus.DECIDED, me, why, now, offerId, weights);
        // the offers' statuses next, before their terms are read: a provider sending its offer at this very moment
        // either committed first (its new terms are read below) or waits on these rows and is then refused
        jdbc.update(
                "update consultation_offer set status = case when id = ? then 'CHOSEN' else 'NOT_CHOSEN' end"
                        + " where consultation_id = ? and status in ('INVITED', 'ANSWERED')",
                offerId,
                consultationId);
        String terms = jdbc.queryForObject("select terms from consultation_offer where id = ?", String.class, offerId);
        if (terms == null) {
            throw new ConsultationRuleException("consultation.error.choose.notAnswered");
        }
        String providerName = nameOf(users.organisationsByIds(List.of(chosen.providerId())), chosen.providerId());
        UUID contractId = lifecycle.createContract(new NewContractRequest(
                contractReference == null ? "" : contractReference.strip(), c.title(), chosen.providerId()));
        UUID first = changeRequests.propose(
                contractId,
                new NewChangeRequest(
                        Translations.get(me.locale(), "consultation.choose.request.title", providerName),
                        Translations.get(me.locale(), "consultation.choose.request.reason", c.title(), why),
                        c.serves()));
        changeRequests.revise(
                first,
                changeRequests.detail(first).version(),
                TermsJson.read(terms),
                Translations.get(me.locale(), "consultation.choose.request.note", providerName));
        jdbc.update(
                "update consultation set contract_id = ?, change_request_id = ? where id = ?",
                contractId,
                first,
                consultationId);
        String clientName = me.organisation().name();
        for (OfferRow offer : offers) {
            if (offer.status() == OfferStatus.DECLINED) {
                continue;
            }
            tell(
                    offer.id().equals(offerId) ? ConsultationNews.Kind.CHOSEN : ConsultationNews.Kind.NOT_CHOSEN,
                    offer.providerId(),
                    c,
                    clientName);
        }
        return new Chosen(contractId, first);
    }

    @Override
    @Transactional
    public void close(UUID consultationId, String reason) {
        CurrentUser me = users.currentUser();
        Row c = rowForPmeAdmin(consultationId);
        String why = requireReason(reason);
        take(consultationId, ConsultationStatus.CLOSED, me, why, clock.instant(), null, null);
        List<OfferRow> offers = rows.offers(consultationId);
        jdbc.update(
                "update consultation_offer set status = 'NOT_CHOSEN' where consultation_id = ?"
                        + " and status in ('INVITED', 'ANSWERED')",
                consultationId);
        for (OfferRow offer : offers) {
            if (offer.status() != OfferStatus.DECLINED) {
                tell(
                        ConsultationNews.Kind.CLOSED,
                        offer.providerId(),
                        c,
                        me.organisation().name());
            }
        }
    }

    // --- the providers ---

    @Override
    @Transactional
    public void submitOffer(UUID consultationId, OfferInput offer) {
        CurrentUser me = users.currentUser();
        Row c = rows.row(consultationId);
        OfferRow mine = myOffer(me, consultationId);
        requireOpenForAnswers(c);
        Terms offered = Offers.apply(TermsJson.read(c.need()), offer, c.questions());
        Map<SecurityQuestion, SecurityAnswer> asked = offer.answers().entrySet().stream()
                .filter(e -> c.questions().contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        int written = jdbc.update(
                "update consultation_offer set status = ?, terms = ?, answers = ?, note = ?, answered_at = ?,"
                        + " answered_by = ?, decline_reason = '' where id = ?" + STILL_OPEN,
                OfferStatus.ANSWERED.name(),
                TermsJson.write(offered),
                AnswersJson.write(asked),
                offer.note(),
                Timestamp.from(clock.instant()),
                me.id(),
                mine.id());
        if (written != 1) {
            throw new ConsultationRuleException("consultation.error.notOpen");
        }
        // the gérante who launched it hears of each offer: she need not come back to check
        events.publishEvent(new ConsultationNews(
                ConsultationNews.Kind.OFFER_RECEIVED,
                List.of(c.createdBy()),
                c.clientId(),
                c.title(),
                me.organisation().name(),
                null,
                path(c.id())));
    }

    @Override
    @Transactional
    public void decline(UUID consultationId, String reason) {
        CurrentUser me = users.currentUser();
        Row c = rows.row(consultationId);
        OfferRow mine = myOffer(me, consultationId);
        requireOpenForAnswers(c);
        String why = requireReason(reason);
        int written = jdbc.update(
                "update consultation_offer set status = ?, decline_reason = ?, terms = null, answers = null,"
                        + " answered_at = null, answered_by = null where id = ?" + STILL_OPEN,
                OfferStatus.DECLINED.name(),
                why,
                mine.id());
        if (written != 1) {
            throw new ConsultationRuleException("consultation.error.notOpen");
        }
    }

    /**
     * Takes the decision (an offer chosen, or closed without a choice), guarded on the consultation being open: of two
     * admins deciding at once, the second is refused and nothing of the decision is written twice.
     */
    private void take(
            UUID consultationId,
            ConsultationStatus decided,
            CurrentUser me,
            String reason,
            Instant now,
            @Nullable UUID chosenOfferId,
            @Nullable Weights weights) {
        int taken = jdbc.update(
                "update consultation set status = ?, decided_by = ?, decided_at = ?, decision_reason = ?,"
                        + " chosen_offer_id = ?, decision_weights = ? where id = ? and status = ?",
                decided.name(),
                me.id(),
                Timestamp.from(now),
                reason,
                chosenOfferId,
                weights == null ? null : weights.cost() + "," + weights.levels() + "," + weights.security(),
                consultationId,
                ConsultationStatus.OPEN.name());
        if (taken != 1) {
            throw new ConsultationRuleException("consultation.error.notOpen");
        }
    }

    // --- reading and checking ---

    private void requireOpenForAnswers(Row c) {
        if (c.status() != ConsultationStatus.OPEN) {
            throw new ConsultationRuleException("consultation.error.notOpen");
        }
        if (LocalDate.now(clock).isAfter(c.answerBy())) {
            throw new ConsultationRuleException("consultation.error.offer.late");
        }
    }

    private OfferRow myOffer(CurrentUser me, UUID consultationId) {
        return rows.offers(consultationId).stream()
                .filter(o -> isProviderAdminOf(me, o))
                .findFirst()
                .orElseThrow(() -> new ConsultationNotFoundException(consultationId));
    }

    private Row rowForPmeAdmin(UUID consultationId) {
        Row c = rows.row(consultationId);
        if (!isPmeAdminOf(users.currentUser(), c)) {
            // an invited provider learns nothing of the other offers; anyone else nothing at all
            boolean invited =
                    rows.offers(consultationId).stream().anyMatch(o -> isProviderAdminOf(users.currentUser(), o));
            if (invited) {
                throw new AccessDeniedException("Only the PME's admins compare and choose");
            }
            throw new ConsultationNotFoundException(consultationId);
        }
        return c;
    }

    private static boolean isPmeAdminOf(CurrentUser me, Row c) {
        return me.organisationAdmin() && me.organisation().id().equals(c.clientId());
    }

    private static boolean isProviderAdminOf(CurrentUser me, OfferRow o) {
        return me.organisationAdmin() && me.organisation().id().equals(o.providerId());
    }

    private CurrentUser requirePmeAdmin() {
        CurrentUser me = users.currentUser();
        if (!me.organisationAdmin() || me.organisation().kind() != OrganisationKind.CLIENT) {
            throw new AccessDeniedException("Only an admin of a PME consults providers");
        }
        return me;
    }

    private static String requireReason(@Nullable String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_MAX) {
            throw new ConsultationRuleException("consultation.error.reason");
        }
        return why;
    }

    /** The consulting PMEs named in one read. */
    private List<ConsultationSummary> summaries(List<Listed> listed) {
        Map<UUID, OrganisationRef> orgs = users.organisationsByIds(
                listed.stream().map(l -> l.row().clientId()).collect(Collectors.toSet()));
        return listed.stream()
                .map(l -> new ConsultationSummary(
                        l.row().id(),
                        l.row().title(),
                        l.row().activity(),
                        l.row().status(),
                        l.row().answerBy(),
                        l.row().createdAt(),
                        nameOf(orgs, l.row().clientId()),
                        l.invited(),
                        l.answered(),
                        l.mine()))
                .toList();
    }

    private static OfferView view(OfferRow o, Map<UUID, OrganisationRef> orgs, Map<UUID, UserRef> names) {
        return new OfferView(
                o.id(),
                o.providerId(),
                nameOf(orgs, o.providerId()),
                o.status(),
                o.terms() == null ? null : TermsJson.read(o.terms()),
                o.answers() == null ? Map.of() : AnswersJson.read(o.answers()),
                o.note(),
                o.answeredAt(),
                o.answeredBy() == null ? "" : nameOfUser(names, o.answeredBy()),
                o.declineReason());
    }

    /** Tells a provider organisation's admins (the mail module words the message for each). */
    private void tell(ConsultationNews.Kind kind, UUID providerId, Row c, String client) {
        List<UUID> admins =
                people.organisationAdmins(providerId).stream().map(UserRef::id).toList();
        if (!admins.isEmpty()) {
            events.publishEvent(new ConsultationNews(
                    kind,
                    admins,
                    providerId,
                    c.title(),
                    client,
                    kind == ConsultationNews.Kind.INVITED ? c.answerBy() : null,
                    path(c.id())));
        }
    }

    private static String path(UUID consultationId) {
        return "consultations/" + consultationId;
    }

    private static String nameOf(Map<UUID, OrganisationRef> orgs, UUID id) {
        OrganisationRef org = orgs.get(id);
        return org == null ? "" : org.name();
    }

    private static String nameOfUser(Map<UUID, UserRef> names, UUID id) {
        UserRef user = names.get(id);
        return user == null ? "" : user.displayName();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
