package app.avenant.contract;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * JPA callbacks on a contract's row and its memberships: once one is written, what this request remembered of
 * the contract (a member's role and access, the members, the caller's contracts) is read again. The contract
 * events say so for the people's changes; this also covers the contract's own moves (a pilot started, a version
 * adopted) made earlier in the same request as a read (decision 0035).
 */
public class ContractRowsWritten {

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object row) {
        RoleMemo.forgetAll();
    }
}
