/**
 * Measuring results (mistake n°7 of the article: "le suivi des délais, de la qualité et du coût par livrable
 * suffit souvent"): deliverables recorded by form, CSV or API; on-time and quality rates; volumes against
 * baseline and flex range; service-level attainment and service credits; the monthly statement priced with
 * the version in force, validated by both sides and then locked; the cost-per-deliverable ledger; charts.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "identity",
            "contract",
            "contract :: terms",
            "contract :: internal",
            "change",
            "contract :: navigation",
            "contract :: labels",
            "change :: navigation"
        })
@org.jspecify.annotations.NullMarked
package app.avenant.performance;
