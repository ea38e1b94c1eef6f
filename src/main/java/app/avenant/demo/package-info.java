/**
 * Demo data created on first start when {@code avenant.demo-data.enabled=true}: a PME, two providers,
 * their users and two contracts with history. It goes through the same public services as everything
 * else: each contract's first version is adopted by
 * {@link app.avenant.contract.internal.ContractsForModules#adoptVersion}, every later one by a change request
 * proposed and approved by both sides as the people themselves ({@code DemoHistory}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "identity",
            "contract",
            "contract :: terms",
            "performance",
            "governance",
            "change",
            "identity :: internal",
            "contract :: internal",
            "performance :: internal",
            "invoicing",
            "invoicing :: facturx"
        })
@org.jspecify.annotations.NullMarked
package app.avenant.demo;
