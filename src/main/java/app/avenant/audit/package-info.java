/**
 * The audit trail (docs/decisions/0007): logins and their failures, logouts, contract views, exports, change
 * request actions, membership and role changes, API token uses, re-certification rounds and changes to the
 * access register and its RGPD checklist (governance), appended to one hash-chained,
 * append-only log. The module only listens to other modules' events and to Spring Security's
 * authentication events: no module calls it, so nothing can forget or skip an entry by design of its own.
 * Both sides' owners browse and export a contract's trail; anyone signed in may check the chain. It answers
 * one question for {@code contract}'s access review, when members last opened the contract, by implementing
 * {@link app.avenant.contract.LastAccess}; its trail screen shares the review's page frame
 * ({@code contract :: owner-page}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "identity",
            "contract",
            "change",
            "performance",
            "governance",
            "document",
            "invoicing",
            "contract :: owner-page",
            "identity :: internal"
        })
@org.jspecify.annotations.NullMarked
package app.avenant.audit;
