package app.avenant.demo;

import app.avenant.contract.Approval;
import app.avenant.contract.ContractRole;
import app.avenant.contract.ContractStatus;
import app.avenant.contract.NewContract;
import app.avenant.contract.internal.ContractsForModules;
import app.avenant.contract.terms.Terms;
import app.avenant.identity.LegalIdentity;
import app.avenant.identity.NewUser;
import app.avenant.identity.OrganisationKind;
import app.avenant.identity.OrganisationRef;
import app.avenant.identity.UserRef;
import app.avenant.identity.VatRegime;
import app.avenant.identity.internal.UsersForModules;
import app.avenant.shared.StoryTime;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the demo organisations, users and contracts with their first version on first start (nothing when the
 * PME already exists), in one transaction so that a failure leaves no half demo behind; then, as the people
 * themselves, the change requests that made the later versions ({@link DemoHistory}), the deliverables,
 * statements, access register and comités.
 */
@Component
@ConditionalOnProperty(name = "avenant.demo-data.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "Avenant-demo-2026";
    static final String PME = "Boulangerie Martin SARL";
    static final String COMPTA = "Compta Services Lyon SAS";
    static final String INFOGERANCE = "InfoGérance Rhône SARL";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final UsersForModules users;
    private final ContractsForModules contracts;
    private final DemoDeliverables deliverables;
    private final DemoStatements statements;
    private final DemoAccessRegister accessRegister;
    private final DemoReviews reviews;
    private final DemoHistory history;
    private final DemoInvoices invoices;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final LockProvider locks;

    DemoData(
            UsersForModules users,
            ContractsForModules contracts,
            DemoDeliverables deliverables,
            DemoStatements statements,
            DemoAccessRegister accessRegister,
            DemoReviews reviews,
            DemoHistory history,
            DemoInvoices invoices,
            TransactionTemplate transaction,
            Clock clock,
            LockProvider locks) {
        this.users = users;
        this.contracts = contracts;
        this.deliverables = deliverables;
        this.statements = statements;
        this.accessRegister = accessRegister;
        this.reviews = reviews;
        this.history = history;
        this.invoices = invoices;
        this.transaction = transaction;
        this.clock = clock;
        this.locks = locks;
    }

    /**
     * Nodes started together on an empty database (decision 0054): the first to take the job lock creates the demo,
     * the others start without waiting for it.
     */
    @Override
    public void run(ApplicationArguments args) {
        Optional<SimpleLock> lock = locks.lock(
                new LockConfiguration(ClockProvider.now(), "demo-data", Duration.ofMinutes(30), Duration.ZERO));
        if (lock.isEmpty()) {
            log.info("Another node is creating the demo data");
            return;
        }
        try {
            createOnce();
        } finally {
            lock.get().unlock();
        }
    }

    private void createOnce() {
        Boolean created = transaction.execute(status -> {
            if (users.findOrganisationByName(PME).isPresent()) {
                return false;
            }
            create();
            return true;
        });
        if (Boolean.TRUE.equals(created)) {
            // as the people themselves, once the contracts exist (outside the application's own transaction):
            // first the requests that made the later versions, then what happened under those versions
            UUID pme = users.findOrganisationByName(PME).orElseThrow().id();
            var bookkeeping = contracts.contractOfParty(pme, "AV-2026-001");
            bookkeeping.ifPresent(history::bookkeeping);
            contracts.contractOfParty(pme, "AV-2026-002").ifPresent(history::itSupport);
            transaction.executeWithoutResult(status -> deliverables.record(
                    users.findOrganisationByName(COMPTA).orElseThrow().id(), "AV-2026-001"));
            transaction.executeWithoutResult(status -> deliverables.recordTickets(
                    users.findOrganisationByName(INFOGERANCE).orElseThrow().id(), "AV-2026-002"));
            bookkeeping.ifPresent(statements::record);
            bookkeeping.ifPresent(accessRegister::record);
            bookkeeping.ifPresent(reviews::record);
            UUID compta = users.findOrganisationByName(COMPTA).orElseThrow().id();
            bookkeeping.ifPresent(contract -> invoices.record(contract, pme, compta));
            log.info("""
                    Demo data created. Log in at http://localhost:8080 with one of these accounts \
                    (password for all: {}):
                      claire.martin  — gérante, Boulangerie Martin SARL (PME, administratrice)
                      paul.durand    — comptable, Boulangerie Martin SARL
                      julien.moreau  — responsable de compte, Compta Services Lyon SAS (administrateur)
                      lea.bernard    — cheffe d'équipe, Compta Services Lyon SAS
                      marc.petit     — gérant, InfoGérance Rhône SARL (administrateur)""", PASSWORD);
        }
    }

    private void create() {
        OrganisationRef pme = users.createOrganisation(PME, OrganisationKind.CLIENT);
        OrganisationRef compta = users.createOrganisation(COMPTA, OrganisationKind.PROVIDER);
        OrganisationRef infogerance = users.createOrganisation(INFOGERANCE, OrganisationKind.PROVIDER);
        // what their invoices must say (InfoGérance has not given it yet: the screen shows that case too)
        users.setLegalIdentity(
                pme.id(),
                new LegalIdentity(
                        "552100554",
                        "55210055400013",
                        "FR96552100554",
                        "SARL",
                        new BigDecimal("30000"),
                        "Lyon",
                        "12 rue de la République",
                        null,
                        "69002",
                        "Lyon",
                        "FR",
                        VatRegime.RECEIPTS));
        users.setLegalIdentity(
                compta.id(),
                new LegalIdentity(
                        "732829320",
                        "73282932000074",
                        "FR44732829320",
                        "SAS",
                        new BigDecimal("50000"),
                        "Lyon",
                        "45 avenue Jean Jaurès",
                        "Bâtiment B",
                        "69007",
                        "Lyon",
                        "FR",
                        VatRegime.DEBITS));

        UserRef claire = user(pme, "claire.martin", "Claire Martin", true);
        UserRef paul = user(pme, "paul.durand", "Paul Durand", false);
        UserRef julien = user(compta, "julien.moreau", "Julien Moreau", true);
        UserRef lea = user(compta, "lea.bernard", "Léa Bernard", false);
        UserRef marc = user(infogerance, "marc.petit", "Marc Petit", true);

        UUID bookkeeping = contracts.openContract(
                new NewContract("AV-2026-001", "Saisie comptable des factures fournisseurs", pme.id(), compta.id()));
        // the people joined before version 1 was signed: their memberships and audit entries say so, and the
        // trail, newest first in the chain's order, then reads newest first by date too
        beforeVersionOne(300, () -> {
            contracts.enrol(bookkeeping, claire.id(), ContractRole.CLIENT_OWNER, true);
            contracts.enrol(bookkeeping, paul.id(), ContractRole.CLIENT_EDITOR, false);
            contracts.enrol(bookkeeping, julien.id(), ContractRole.PROVIDER_MANAGER, true);
            contracts.enrol(bookkeeping, lea.id(), ContractRole.PROVIDER_EDITOR, false);
        });
        adopt(
                bookkeeping,
                DemoTerms.bookkeepingV1(),
                "Contrat initial : saisie des factures, rapprochement, paiements",
                claire,
                julien,
                300);
        // versions 2 and 3 come from change requests: DemoHistory, once the people may act
        contracts.setStatus(bookkeeping, ContractStatus.ACTIVE);

        UUID itSupport = contracts.openContract(
                new NewContract("AV-2026-002", "Infogérance du parc informatique", pme.id(), infogerance.id()));
        beforeVersionOne(90, () -> {
            contracts.enrol(itSupport, claire.id(), ContractRole.CLIENT_OWNER, true);
            contracts.enrol(itSupport, marc.id(), ContractRole.PROVIDER_MANAGER, false);
        });
        // brouillon until the gérante starts its pilot, as herself (DemoHistory.itSupport)
        adopt(itSupport, DemoTerms.itSupportV1(), "Phase pilote : support des postes et des caisses", claire, marc, 90);
    }

    private UserRef user(OrganisationRef organisation, String username, String displayName, boolean admin) {
        UserRef user =
                users.createUserInOrganisation(organisation.id(), new NewUser(username, displayName, PASSWORD, admin));
        // .example is reserved (RFC 2606): the demo's mail is written as files, and could never reach anyone
        users.setEmail(user.id(), username + "@" + slug(organisation.name()) + ".example");
        return user;
    }

    /** "Boulangerie Martin SARL" → "boulangerie-martin-sarl". */
    private static String slug(String name) {
        String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT);
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** Runs {@code work} an hour before the day version 1 is approved ({@link #adopt}'s {@code daysAgo}). */
    private void beforeVersionOne(int daysAgo, Runnable work) {
        StoryTime.at(clock.instant().minus(Duration.ofDays(daysAgo)).minus(Duration.ofHours(1)), clock, work);
    }

    /** Approvals dated some days back so that the history reads like a real one. */
    private void adopt(UUID contract, Terms terms, String summary, UserRef client, UserRef provider, int daysAgo) {
        Instant approvedAt = clock.instant().minus(Duration.ofDays(daysAgo));
        contracts.adoptVersion(
                contract,
                terms,
                summary,
                new Approval(client.id(), approvedAt),
                new Approval(provider.id(), approvedAt.plus(Duration.ofHours(3))));
    }
}
