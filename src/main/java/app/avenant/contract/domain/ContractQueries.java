package app.avenant.contract.domain;

import app.avenant.contract.ContractStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
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
            where exists (select m.id from Membership m where m.contractId = c.id and m.userId = :userId)
              and (:status is null or c.status = :status)
              and (:text = '' or lower(c.reference) like :text escape '\\' or lower(c.title) like :text escape '\\')
            """;

    private final EntityManager em;

    ContractQueries(EntityManager em) {
        this.em = em;
    }

    public List<Contract> contractsOfMember(UUID userId, @Nullable ContractStatus status, String text, int offset,
                                            int limit) {
        TypedQuery<Contract> query = em.createQuery(
                "select c " + MEMBER_CONTRACTS + " order by c.lastChangedAt desc, c.reference", Contract.class);
        bindMemberFilter(query, userId, status, text);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countContractsOfMember(UUID userId, @Nullable ContractStatus status, String text) {
        TypedQuery<Long> query = em.createQuery("select count(c) " + MEMBER_CONTRACTS, Long.class);
        bindMemberFilter(query, userId, status, text);
        return query.getSingleResult();
    }

    public List<VersionRow> versions(UUID contractId, int offset, int limit) {
        return em.createQuery("""
                        select new app.avenant.contract.domain.VersionRow(v.number, v.adoptedAt, v.summary,
                               v.clientApproverId, v.providerApproverId)
                        from ContractVersion v where v.contractId = :contractId order by v.number desc
                        """, VersionRow.class)
                .setParameter("contractId", contractId)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public List<app.avenant.contract.VersionAdoption> adoptions(UUID contractId) {
        return em.createQuery("""
                        select new app.avenant.contract.VersionAdoption(v.number, v.adoptedAt)
                        from ContractVersion v where v.contractId = :contractId order by v.number
                        """, app.avenant.contract.VersionAdoption.class)
                .setParameter("contractId", contractId).getResultList();
    }

    public List<VersionRow> versionRows(UUID contractId, int first, int second) {
        return em.createQuery("""
                        select new app.avenant.contract.domain.VersionRow(v.number, v.adoptedAt, v.summary,
                               v.clientApproverId, v.providerApproverId)
                        from ContractVersion v where v.contractId = :contractId and v.number in (:first, :second)
                        """, VersionRow.class)
                .setParameter("contractId", contractId)
                .setParameter("first", first)
                .setParameter("second", second)
                .getResultList();
    }

    public long countVersions(UUID contractId) {
        return em.createQuery("select count(v) from ContractVersion v where v.contractId = :contractId", Long.class)
                .setParameter("contractId", contractId).getSingleResult();
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

    /** Members, the two contact persons first, then by side and role. */
    public List<Membership> members(UUID contractId, @Nullable UUID clientContact, @Nullable UUID providerContact,
                                    int offset, int limit) {
        UUID none = new UUID(0, 0);
        return em.createQuery("""
                        select m from Membership m where m.contractId = :contractId
                        order by case when m.userId = :clientContact or m.userId = :providerContact then 0 else 1 end,
                                 m.role, m.since, m.id
                        """, Membership.class)
                .setParameter("contractId", contractId)
                .setParameter("clientContact", clientContact != null ? clientContact : none)
                .setParameter("providerContact", providerContact != null ? providerContact : none)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** The contract and the caller's membership of it in one statement: the check every call starts with. */
    public Optional<MemberAccess> access(UUID contractId, UUID userId) {
        return em.createQuery("""
                        select new app.avenant.contract.domain.MemberAccess(c, m)
                        from Membership m join Contract c on c.id = m.contractId
                        where m.contractId = :contractId and m.userId = :userId
                        """, MemberAccess.class)
                .setParameter("contractId", contractId)
                .setParameter("userId", userId)
                .getResultStream().findFirst();
    }

    private static void bindMemberFilter(TypedQuery<?> query, UUID userId, @Nullable ContractStatus status,
                                         String text) {
        query.setParameter("userId", userId);
        query.setParameter("status", status);
        query.setParameter("text", likePattern(text));
    }

    static String likePattern(String text) {
        String trimmed = text.strip().toLowerCase(Locale.ROOT);
        if (trimmed.isEmpty()) {
            return "";
        }
        String escaped = trimmed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
