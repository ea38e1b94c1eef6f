/**
 * Consulting providers before choosing one (issue 15, point 2; the article's mistake n°2, choosing a provider
 * without analysis). A PME's admin describes the need once (scope, expected volumes and service levels from a
 * template, the RGPD art. 28 security questions) and invites one to three providers; each provider's admin answers
 * with its prices, the levels it commits to and its answers, seeing only its own offer; the PME compares the offers
 * (cost month by month through the contract's own pricing engine, levels, security, weights it chooses), picks one
 * with a reason, and the chosen offer becomes change request n°1 of a new contract. Providers are told by mail.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "identity",
            "identity :: internal",
            "contract",
            "contract :: terms",
            "contract :: persistence",
            "change",
            "change :: navigation"
        })
@org.jspecify.annotations.NullMarked
package app.avenant.consultation;
