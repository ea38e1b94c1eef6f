package app.avenant.contract.domain;

import app.avenant.contract.ContractRole;
import app.avenant.contract.ContractStatus;
import app.avenant.contract.Side;
import app.avenant.shared.LikePattern;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The paged list queries. Vaadin grids ask for an offset and a limit that need not fall on page
 * boundaries, which Spring Data's Pageable cannot express; so these use the EntityManager directly. Each
 * call is one SQL statement whatever the number of rows.
 */
@Component
public class ContractQueries {

    private static final String MEMBER_CONTRACTS = """
            from Contract c
            where exists (select m.id from Membership m where m.contractId = c.id and m.userId = :userId
                          and """ + AccessPolicy.ACTIVE_JPQL + """
                          )
              and (:status is null or c.status = :status)
              and (:counterparty is null or c.providerOrganisationId = :counterparty
                   or c.clientOrganisationId = :counterparty)
              and (:text = '' or lower(c.reference) like :text escape '\\' or lower(c.title) like :text escape '\\'
                   or c.providerOrganisationId in :named or c.clientOrganisationId in :named
                   or exists (select v.id from ContractVersion v where v.contractId = c.id
                              and v.number = c.currentVersion
                              and lower(cast(v.terms as String)) like :text escape '\\'))
            """;

    /**
     * What "Mes contrats" filters on.
     *
     * @param text         as typed; matched against reference, title and the scope in force
     * @param named        the organisations whose name matches the text (the other party, found by name)
     */
    public record Search(
            @Nullable ContractStatus status,
            String text,
            @Nullable UUID counterparty,
            Collection<UUID> named) {

        public static Search none() {
            return new Search(null, "", null, List.of());
        }
    }

    private final EntityManager em;

    ContractQueries(EntityManager em) {
        this.em = em;
    }

    /** The contracts the user has access to on {@code today} (see {@link AccessPolicy}), one page. */
    public List<Contract> contractsOfMember(UUID userId, LocalDate today, Search search, int offset, int limit) {
        return contractsOfMember(userId, today, search, java.util.Set.of(), offset, limit);
    }

    /**
     * As {@link #contractsOfMember(UUID, LocalDate, Search, int, int)}, those of {@code first}
     * before the others (ordered in the statement, so a contract of {@code first} never waits on a later page),
     * then newest change first.
     */
    public List<Contract> contractsOfMember(
            UUID userId, LocalDate today, Search search, java.util.Collection<UUID> first, int offset, int limit) {
        TypedQuery<Contract> query = em.createQuery(
                "select c " + MEMBER_CONTRACTS
                        + " order by case when c.id in :first then 0 else 1 end, c.lastChangedAt desc, c.reference",
                Contract.class);
        bindMemberFilter(query, userId, today, search);
        // an empty "in ()" is not valid SQL everywhere: a key no contract has stands for "none"
        query.setParameter("first", first.isEmpty() ? List.of(new UUID(0, 0)) : first);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** The ids of the contracts the user has access to on {@code today}, at most {@code limit}: no row read. */
    public List<UUID> idsOfContractsOfMember(UUID userId, LocalDate today, int limit) {
        TypedQuery<UUID> query = em.createQuery("select c.id " + MEMBER_CONTRACTS, UUID.class);
        bindMemberFilter(query, userId, today, Search.none());
        return query.setMaxResults(limit).getResultList();
    }

    /** Of these contracts, the pilots ending on or before {@code until}, soonest first (one statement). */
    public List<Contract> pilotsEndingBy(Collection<UUID> ids, LocalDate until) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select c from Contract c where c.id in :ids and c.status = :pilot and c.pilotEndDate <= :until"
                                + " order by c.pilotEndDate, c.reference",
                        Contract.class)
                .setParameter("ids", ids)
                .setParameter("pilot", ContractStatus.PILOT)
                .setParameter("until", until)
                .getResultList();
    }

    /** The other parties of the user's contracts (their organisations' ids): the choices of the list's filter. */
    public List<UUID> counterpartiesOfMember(UUID userId, LocalDate today, UUID myOrganisation) {
        TypedQuery<UUID> query = em.createQuery(
                "select distinct case when c.clientOrganisationId = :mine then c.providerOrganisationId"
                        + " else c.clientOrganisationId end " + MEMBER_CONTRACTS,
                UUID.class);
        bindMemberFilter(query, userId, today, Search.none());
        query.setParameter("mine", myOrganisation);
        return query.setMaxResults(500).getResultList();
    }

    public long countContractsOfMember(UUID userId, LocalDate today, Search search) {
        TypedQuery<Long> query = em.createQuery("select count(c) " + MEMBER_CONTRACTS, Long.class);
        bindMemberFilter(query, userId, today, search);
        return query.getSingleResult();
    }

    public List<VersionRow> versions(UUID contractId, int offset, int limit) {
        return em.createQuery("""
                        select new app.avenant.contract.domain.VersionRow(v.number, v.adoptedAt, v.summary,
                               v.clientApproverId, v.providerApproverId)
                        from ContractVersion v where v.contractId = :contractId order by v.number desc
                        """, VersionRow.class)
                .setParameter("contractId", contractId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public List<app.avenant.contract.VersionAdoption> adoptions(UUID contractId) {
        return em.createQuery("""
                        select new app.avenant.contract.VersionAdoption(v.number, v.adoptedAt)
                        from ContractVersion v where v.contractId = :contractId order by v.number
                        """, app.avenant.contract.VersionAdoption.class)
                .setParameter("contractId", contractId)
                .getResultList();
    }

    /**
     * The versions whose fingerprint starts with these lower-case hexadecimal digits, without their terms (one
     * statement, on the fingerprint's index). The caller keeps those of contracts it may see.
     */
    public List<FingerprintRow> versionsWithFingerprint(String prefix, int limit) {
        return em.createQuery("""
                        select new app.avenant.contract.domain.FingerprintRow(v.contractId, v.number, v.adoptedAt,
                               v.fingerprint)
                        from ContractVersion v where v.fingerprint like :prefix order by v.adoptedAt desc
                        """, FingerprintRow.class)
                .setParameter("prefix", prefix + "%")
                .setMaxResults(limit)
                .getResultList();
    }

    /** Two versions' terms in one statement, for compare. */
    public List<ContractVersion> twoVersions(UUID contractId, int first, int second) {
        return em.createQuery(
                        "select v from ContractVersion v where v.contractId = :contractId and v.number in (:first, :second)",
                        ContractVersion.class)
                .setParameter("contractId", contractId)
                .setParameter("first", first)
                .setParameter("second", second)
                .getResultList();
    }

    /**
     * Members, the two contact persons first, then by side and role: those who have access on {@code activeOn}
     * ({@link AccessPolicy}), or every membership, ended or not, when it is null (the access review).
     */
    public List<Membership> members(
            UUID contractId,
            @Nullable UUID clientContact,
            @Nullable UUID providerContact,
            @Nullable LocalDate activeOn,
            int offset,
            int limit) {
        UUID none = new UUID(0, 0);
        var query = em.createQuery(
                        """
                        select m from Membership m join Contract c on c.id = m.contractId
                        where m.contractId = :contractId""" + (activeOn == null ? "" : " and " + AccessPolicy.ACTIVE_JPQL) + "\n" + """
                        order by case when m.userId = :clientContact or m.userId = :providerContact then 0 else 1 end,
                                 m.role, m.since, m.id
                        """,
                        Membership.class)
                .setParameter("contractId", contractId)
                .setParameter("clientContact", clientContact != null ? clientContact : none)
                .setParameter("providerContact", providerContact != null ? providerContact : none);
        if (activeOn != null) {
            query.setParameter("today", activeOn);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** How many memberships give access on {@code today}. */
    public long countActiveMembers(UUID contractId, LocalDate today) {
        return em.createQuery("""
                        select count(m) from Membership m join Contract c on c.id = m.contractId
                        where m.contractId = :contractId and
                        """ + AccessPolicy.ACTIVE_JPQL, Long.class)
                .setParameter("contractId", contractId)
                .setParameter("today", today)
                .getSingleResult();
    }

    /**
     * The contract and the caller's membership of it in one statement: the check every call starts with. A
     * membership that no longer gives access on {@code today} (expired, lapsed: {@link AccessPolicy}) is no
     * membership.
     */
    public Optional<MemberAccess> access(UUID contractId, UUID userId, LocalDate today) {
        return em.createQuery("""
                        select new app.avenant.contract.domain.MemberAccess(c, m)
                        from Membership m join Contract c on c.id = m.contractId
                        where m.contractId = :contractId and m.userId = :userId and
                        """ + AccessPolicy.ACTIVE_JPQL, MemberAccess.class)
                .setParameter("contractId", contractId)
                .setParameter("userId", userId)
                .setParameter("today", today)
                .getResultStream()
                .findFirst();
    }

    /**
     * Every membership that gives access on {@code today}, each with the contract: the caller's access is one of
     * them (or none), and the others say who else is a member, in the same statement.
     */
    public List<MemberAccess> activeAccesses(UUID contractId, LocalDate today) {
        return em.createQuery("""
                        select new app.avenant.contract.domain.MemberAccess(c, m)
                        from Membership m join Contract c on c.id = m.contractId
                        where m.contractId = :contractId and
                        """ + AccessPolicy.ACTIVE_JPQL, MemberAccess.class)
                .setParameter("contractId", contractId)
                .setParameter("today", today)
                .getResultList();
    }

    /** The memberships that give access on {@code today}, with their roles: whom notifications reach. */
    public List<Membership> activeMembers(UUID contractId, LocalDate today) {
        return em.createQuery("""
                        select m from Membership m join Contract c on c.id = m.contractId
                        where m.contractId = :contractId and
                        """ + AccessPolicy.ACTIVE_JPQL, Membership.class)
                .setParameter("contractId", contractId)
                .setParameter("today", today)
                .getResultList();
    }

    /** The user's active memberships among these contracts (one statement). */
    /** Every membership of the user that gives access on {@code today}, whatever the contract. */
    public List<Membership> activeMembershipsOf(UUID userId, LocalDate today) {
        return em.createQuery("""
                        select m from Membership m join Contract c on c.id = m.contractId
                        where m.userId = :userId and
                        """ + AccessPolicy.ACTIVE_JPQL, Membership.class)
                .setParameter("userId", userId)
                .setParameter("today", today)
                .getResultList();
    }

    public List<Membership> activeMembershipsOf(UUID userId, java.util.Collection<UUID> contractIds, LocalDate today) {
        if (contractIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select m from Membership m join Contract c on c.id = m.contractId
                        where m.userId = :userId and m.contractId in :ids and
                        """ + AccessPolicy.ACTIVE_JPQL, Membership.class)
                .setParameter("userId", userId)
                .setParameter("ids", contractIds)
                .setParameter("today", today)
                .getResultList();
    }

    /** How many owners (PME owners, provider managers) of each role still have an access not yet ended. */
    public Map<ContractRole, Long> ownersByRole(UUID contractId, LocalDate today) {
        Map<ContractRole, Long> counts = new EnumMap<>(ContractRole.class);
        em.createQuery("""
                        select m.role, count(m) from Membership m
                        where m.contractId = :contractId
                          and m.role in (app.avenant.contract.ContractRole.CLIENT_OWNER,
                                         app.avenant.contract.ContractRole.PROVIDER_MANAGER)
                          and (m.expiresOn is null or m.expiresOn > :today)
                        group by m.role
                        """, Object[].class)
                .setParameter("contractId", contractId)
                .setParameter("today", today)
                .getResultList()
                .forEach(row -> counts.put((ContractRole) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * Editors and viewers of those roles (one side) not certified since {@code from}, contact persons and
     * accesses already ended on {@code today} aside.
     */
    public long countToRecertify(Contract c, List<ContractRole> roles, Instant from, LocalDate today) {
        UUID none = new UUID(0, 0);
        UUID clientContact = c.contactOf(Side.CLIENT);
        UUID providerContact = c.contactOf(Side.PROVIDER);
        return em.createQuery("""
                        select count(m) from Membership m
                        where m.contractId = :contractId and m.role in :roles
                          and m.userId <> :clientContact and m.userId <> :providerContact
                          and (m.certifiedAt is null or m.certifiedAt < :from)
                          and (m.expiresOn is null or m.expiresOn > :today)
                        """, Long.class)
                .setParameter("contractId", c.id())
                .setParameter("roles", roles)
                .setParameter("clientContact", clientContact != null ? clientContact : none)
                .setParameter("providerContact", providerContact != null ? providerContact : none)
                .setParameter("from", from)
                .setParameter("today", today)
                .getSingleResult();
    }

    private static void bindMemberFilter(TypedQuery<?> query, UUID userId, LocalDate today, Search search) {
        query.setParameter("userId", userId);
        query.setParameter("today", today);
        query.setParameter("status", search.status());
        query.setParameter("counterparty", search.counterparty());
        query.setParameter("text", LikePattern.containing(search.text()));
        // an empty "in ()" is not valid SQL everywhere: a key no organisation has stands for "none"
        query.setParameter("named", search.named().isEmpty() ? List.of(new UUID(0, 0)) : search.named());
    }
}
