/**
 * The provider's invoice from a validated monthly statement (issue 16, point 2; the article's mistake n°7, no
 * follow-up of what is paid): once both sides validated a month, the provider's approvers issue its invoice as a
 * Factur-X (EN 16931), numbered per provider organisation without gaps, priced line by line as the statement, with
 * the French mandatory mentions. Both sides download it from the statement.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "identity",
            "identity :: internal",
            "contract",
            "contract :: terms",
            "contract :: internal",
            "performance :: internal",
            "performance"
        })
@org.jspecify.annotations.NullMarked
package app.avenant.invoicing;
