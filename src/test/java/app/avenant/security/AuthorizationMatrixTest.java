package app.avenant.security;

import static app.avenant.security.Caller.CLIENT_EDITOR;
import static app.avenant.security.Caller.CLIENT_OWNER;
import static app.avenant.security.Caller.CLIENT_VIEWER;
import static app.avenant.security.Caller.OUTSIDER_ADMIN;
import static app.avenant.security.Caller.OUTSIDER_MEMBER;
import static app.avenant.security.Caller.PROVIDER_EDITOR;
import static app.avenant.security.Caller.PROVIDER_MANAGER;
import static app.avenant.security.Caller.PROVIDER_VIEWER;
import static app.avenant.security.Outcome.ALLOW;
import static app.avenant.security.Outcome.DENY;
import static app.avenant.security.Outcome.NOT_FOUND;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.audit.AuditTrail;
import app.avenant.change.ChangeRequestNotFoundException;
import app.avenant.change.ChangeRequests;
import app.avenant.change.ChangeRuleException;
import app.avenant.change.NewChangeRequest;
import app.avenant.change.StaleChangeRequestException;
import app.avenant.contract.ContractAccess;
import app.avenant.contract.ContractFilter;
import app.avenant.contract.ContractLifecycle;
import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.ContractRole;
import app.avenant.contract.ContractRuleException;
import app.avenant.contract.ContractSummary;
import app.avenant.contract.Contracts;
import app.avenant.contract.ExitItem;
import app.avenant.contract.NewContractRequest;
import app.avenant.contract.PrintedVersions;
import app.avenant.contract.RequestsAwaitingMe;
import app.avenant.contract.Side;
import app.avenant.contract.VersionOrigins;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.document.ContractFiles;
import app.avenant.document.DocumentCheck;
import app.avenant.document.RequestNotFoundException;
import app.avenant.document.ScopeDocuments;
import app.avenant.document.VersionDocuments;
import app.avenant.governance.AccessRegister;
import app.avenant.governance.Art28Item;
import app.avenant.governance.Art28Status;
import app.avenant.governance.Cadence;
import app.avenant.governance.GovernanceRuleException;
import app.avenant.governance.MeetingPacks;
import app.avenant.governance.NewActionItem;
import app.avenant.governance.NewRegisterEntry;
import app.avenant.governance.NewReview;
import app.avenant.governance.ReviewDecisions;
import app.avenant.governance.Reviews;
import app.avenant.identity.ApiTokenNotFoundException;
import app.avenant.identity.ApiTokenValidationException;
import app.avenant.identity.ApiTokens;
import app.avenant.identity.InvitationNotFoundException;
import app.avenant.identity.InvitationPreview;
import app.avenant.identity.Invitations;
import app.avenant.identity.NewInvitation;
import app.avenant.identity.NewInvitationLink;
import app.avenant.identity.NewUser;
import app.avenant.identity.UserRef;
import app.avenant.identity.UserValidationException;
import app.avenant.identity.Users;
import app.avenant.mail.Delivery;
import app.avenant.mail.MailPreferences;
import app.avenant.mail.MailTopic;
import app.avenant.mail.SentMails;
import app.avenant.performance.DeliverableFilter;
import app.avenant.performance.DeliverableInput;
import app.avenant.performance.DeliverableRow;
import app.avenant.performance.DeliverableSource;
import app.avenant.performance.Deliverables;
import app.avenant.performance.Indicators;
import app.avenant.performance.InvalidDeliverablesException;
import app.avenant.performance.PerformanceFixtures;
import app.avenant.performance.PerformanceFixtures.PerformanceContract;
import app.avenant.performance.QualityOutcome;
import app.avenant.performance.Rebaselining;
import app.avenant.performance.StatementRuleException;
import app.avenant.performance.Statements;
import app.avenant.testing.TestAccounts;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/**
 * The authorisation matrix: every public method of every service × every caller (the six roles on
 * their own contract, an organisation admin and a plain member of another organisation) → the expected
 * allow / deny / not found. One dynamic test per cell, named so that a failure reads as the rule it breaks.
 * <p>
 * A cell is ALLOW when the call returns or fails on a business rule (the rule is checked after the right,
 * so reaching it proves the right was granted); DENY on {@link AccessDeniedException} or a rule refusal
 * naming the caller's role or side (the change module says "not your role" with a
 * {@link ChangeRuleException}); NOT_FOUND on the module's not-found exception. Actions that change state
 * run on objects made fresh for their cell; the others pick invalid input so that they stop at the first
 * business rule after the right check.
 * <p>
 * Organisation-scoped services ({@link Users}, {@link ApiTokens}) use the same eight callers: the client's
 * owner is "the admin of the organisation", its editor and viewer "members", every other caller belongs to
 * another organisation (the provider's manager and the outsider's admin being admins there).
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationMatrixTest.class);

    /** The service types whose every public method must have a row. */
    private static final List<Class<?>> SERVICES = List.of(
            Contracts.class,
            ContractLifecycle.class,
            ContractAccess.class,
            ChangeRequests.class,
            Deliverables.class,
            Indicators.class,
            Rebaselining.class,
            Statements.class,
            Reviews.class,
            AuditTrail.class,
            Users.class,
            ApiTokens.class,
            app.avenant.identity.LegalIdentities.class,
            app.avenant.invoicing.Invoices.class,
            app.avenant.invoicing.ReceivedInvoices.class,
            MeetingPacks.class,
            ReviewDecisions.class,
            AccessRegister.class,
            Invitations.class,
            VersionOrigins.class,
            RequestsAwaitingMe.class,
            PrintedVersions.class,
            VersionDocuments.class,
            ContractFiles.class,
            MailPreferences.class,
            ScopeDocuments.class,
            SentMails.class,
            app.avenant.performance.InHouseCosts.class,
            app.avenant.notification.WhatNeedsMe.class,
            app.avenant.contract.ContractTemplates.class,
            app.avenant.consultation.Consultations.class);

    /** Change rule keys that refuse the caller's role or side rather than the request's state or input. */
    private static final Set<String> CHANGE_ROLE_KEYS = Set.of(
            "change.error.propose.role",
            "change.error.revise.role",
            "change.error.revise.draft",
            "change.error.submit.side",
            "change.error.approve.role",
            "change.error.reject.role",
            "change.error.withdraw.role",
            "change.error.comment.role",
            "change.error.reword.role",
            "change.error.reword.side",
            "change.error.internalNote.role");

    private static final YearMonth JANUARY = YearMonth.of(2026, 1);

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Contracts contracts;

    @Autowired
    ContractLifecycle lifecycle;

    @Autowired
    ContractAccess contractAccess;

    @Autowired
    ChangeRequests changeRequests;

    @Autowired
    RequestsAwaitingMe awaitingMe;

    @Autowired
    Deliverables deliverables;

    @Autowired
    app.avenant.performance.InHouseCosts inHouseCosts;

    @Autowired
    app.avenant.notification.WhatNeedsMe whatNeedsMe;

    @Autowired
    app.avenant.contract.ContractTemplates contractTemplates;

    @Autowired
    Indicators indicators;

    @Autowired
    Rebaselining rebaselining;

    @Autowired
    Statements statements;

    @Autowired
    Reviews reviews;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    Users users;

    @Autowired
    ApiTokens apiTokens;

    @Autowired
    app.avenant.identity.LegalIdentities legalIdentities;

    @Autowired
    app.avenant.invoicing.Invoices invoices;

    @Autowired
    app.avenant.invoicing.ReceivedInvoices receivedInvoices;

    @Autowired
    MeetingPacks meetingPacks;

    @Autowired
    ReviewDecisions reviewDecisions;

    @Autowired
    AccessRegister accessRegister;

    @Autowired
    Invitations invitations;

    @Autowired
    VersionOrigins versionOrigins;

    @Autowired
    PrintedVersions printedVersions;

    @Autowired
    VersionDocuments versionDocuments;

    @Autowired
    ContractFiles contractFiles;

    @Autowired
    MailPreferences mailPreferences;

    @Autowired
    ScopeDocuments scopeDocuments;

    @Autowired
    SentMails sentMails;

    @Autowired
    app.avenant.consultation.Consultations consultations;

    private PerformanceFixtures performance;
    private PerformanceContract contract;
    private PerformanceContract otherContract;
    private final Map<Caller, UserRef> people = new EnumMap<>(Caller.class);
    /** A change request the client's editor proposed and submitted: read, revised and commented on. */
    private UUID sharedChange;
    /** A planned review with an action item owned by the client's viewer. */
    private UUID sharedReview;

    private UUID sharedAction;
    private UUID sharedDeliverable;
    private final AtomicInteger cells = new AtomicInteger();
    private byte[] versionOnePdf = new byte[0];
    private String versionOneFingerprint = "";
    private final Set<String> methodsWithRows = new TreeSet<>();

    @BeforeAll
    void buildFixture() {
        useOurSecurityContextStrategy();
        performance = new PerformanceFixtures(accounts, contracts, deliverables);
        contract = performance.workedExample();
        otherContract = performance.workedExample();
        UserRef clientEditor = accounts.newUser(contract.client().organisation(), false);
        UserRef providerViewer = accounts.newUser(contract.provider().organisation(), false);
        accounts.contractInternals().enrol(contract.id(), clientEditor.id(), ContractRole.CLIENT_EDITOR, false);
        accounts.contractInternals().enrol(contract.id(), providerViewer.id(), ContractRole.PROVIDER_VIEWER, false);
        people.put(CLIENT_OWNER, contract.client().admin());
        people.put(CLIENT_EDITOR, clientEditor);
        people.put(CLIENT_VIEWER, contract.client().member());
        people.put(PROVIDER_MANAGER, contract.provider().admin());
        people.put(PROVIDER_EDITOR, contract.provider().member());
        people.put(PROVIDER_VIEWER, providerViewer);
        // another PME's admin (CLIENT_OWNER there) and member (CLIENT_VIEWER there)
        people.put(OUTSIDER_ADMIN, otherContract.client().admin());
        people.put(OUTSIDER_MEMBER, otherContract.client().member());

        acceptedAmendment();
        versionOnePdf = TestAccounts.as(name(CLIENT_OWNER), () -> versionDocuments.version(contract.id(), 1))
                .content();
        versionOneFingerprint = TestAccounts.as(
                name(CLIENT_OWNER),
                () -> printedVersions.printable(contract.id(), 1).fingerprint());
        sharedChange = submittedChange();
        sharedReview = plannedReview();
        sharedAction = TestAccounts.as(
                name(CLIENT_OWNER),
                () -> reviews.addAction(
                        sharedReview,
                        new NewActionItem(
                                "Relancer le fournisseur",
                                people.get(CLIENT_VIEWER).id(),
                                LocalDate.of(2026, 3, 1))));
        sharedDeliverable = freshDeliverable();
    }

    /** The matrix's size, once every cell has run (as a log line: the house logs, it does not print). */
    @AfterAll
    void printSize() {
        log.info(
                "Authorisation matrix: {} methods × {} callers = {} cells",
                methodsWithRows.size(),
                Caller.values().length,
                cells.get());
    }

    @TestFactory
    Stream<DynamicTest> every_role_gets_what_the_rules_say_on_every_service_method() {
        List<Row> rows = rows();
        rows.forEach(row -> methodsWithRows.add(row.method()));
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : rows) {
            for (Caller caller : Caller.values()) {
                Outcome expected = row.expected().apply(caller);
                String name = row.method() + " × " + caller + " × " + row.scope(caller) + " → " + expected;
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    cells.incrementAndGet();
                    useOurSecurityContextStrategy();
                    Supplier<?> call = row.action().apply(caller);
                    Outcome actual = TestAccounts.as(name(caller), () -> outcomeOf(call));
                    assertThat(actual).as(name).isEqualTo(expected);
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void every_public_service_method_has_a_row() {
        Set<String> covered = new TreeSet<>();
        rows().forEach(row -> covered.add(row.method()));
        Set<String> missing = new TreeSet<>();
        for (Class<?> service : SERVICES) {
            for (Method method : service.getDeclaredMethods()) {
                if (isServiceMethod(service, method)) {
                    String name = service.getSimpleName() + "." + method.getName();
                    if (!covered.contains(name)) {
                        missing.add(name);
                    }
                }
            }
        }
        assertThat(missing)
                .as("public service methods without a row in the authorisation matrix")
                .isEmpty();
        long overloaded = SERVICES.stream()
                .flatMap(s -> Arrays.stream(s.getDeclaredMethods())
                        .filter(m -> isServiceMethod(s, m))
                        .map(m -> s.getSimpleName() + "." + m.getName()))
                .count();
        assertThat(overloaded)
                .as("one row per method name: an overload would need a row of its own")
                .isEqualTo(covered.size());
    }

    /**
     * A service interface split off (as {@code ContractLifecycle} and {@code ContractAccess} were from
     * {@code Contracts}) must join {@link #SERVICES}, or its methods would escape the check above: every interface
     * of the application's own that a {@code @Service} offers users (not a module's {@code internal} one) is listed,
     * itself or through the class that implements it.
     */
    /**
     * Interfaces a service offers its own module's machinery, never a user nor another module (Spring Modulith's
     * verification keeps them out of reach): the live feed's one shared read per event, made for screens that
     * already passed {@code ChangeRequests.detail()} (docs/decisions/0029).
     */
    private static final Set<Class<?>> MODULE_MACHINERY = Set.of(app.avenant.change.live.LiveSnapshots.class);

    @Test
    void every_user_facing_service_interface_is_in_the_matrix() {
        Set<String> unlisted = new TreeSet<>();
        for (Object bean :
                applicationContext.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = ClassUtils.getUserClass(AopUtils.getTargetClass(bean));
            if (!type.getPackageName().startsWith("app.avenant.") || SERVICES.contains(type)) {
                continue;
            }
            for (Class<?> offered : type.getInterfaces()) {
                if (offered.getPackageName().startsWith("app.avenant.")
                        && !offered.getPackageName().endsWith(".internal")
                        && !MODULE_MACHINERY.contains(offered)
                        && !SERVICES.contains(offered)) {
                    unlisted.add(offered.getName() + " (implemented by " + type.getSimpleName() + ")");
                }
            }
        }
        assertThat(unlisted)
                .as("service interfaces whose methods the authorisation matrix does not check")
                .isEmpty();
    }

    private static boolean isServiceMethod(Class<?> service, Method method) {
        int modifiers = method.getModifiers();
        if (method.isSynthetic() || method.isBridge() || Modifier.isStatic(modifiers)) {
            return false;
        }
        return service.isInterface() || Modifier.isPublic(modifiers);
    }

    // --- the rows ---

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        UUID id = contract.id();

        // Contracts: reading, any member
        rows.add(Row.caller("Contracts.myContracts", everyone(), c -> () -> {
            List<ContractSummary> mine = contracts.myContracts(ContractFilter.all(), 0, 500);
            assertThat(mine.stream().anyMatch(s -> s.id().equals(id)))
                    .as("sees the contract")
                    .isEqualTo(c.member());
            return mine;
        }));
        rows.add(Row.caller("Contracts.myCounterparties", everyone(), c -> () -> {
            var parties = contracts.myCounterparties().stream()
                    .map(app.avenant.identity.OrganisationRef::id)
                    .toList();
            assertThat(parties.contains(contract.provider().organisation().id())
                            || parties.contains(contract.client().organisation().id()))
                    .as("the parties of this contract only for its members")
                    .isEqualTo(c.member());
            return parties;
        }));
        rows.add(Row.caller("Contracts.myPilotsEnding", everyone(), c -> () -> {
            var pilots = contracts.myPilotsEnding(100_000);
            if (!c.member()) {
                assertThat(pilots)
                        .as("nothing of a contract of others")
                        .noneMatch(p -> p.contractId().equals(id));
            }
            return pilots;
        }));
        rows.add(Row.caller("Contracts.myNoticeDeadlines", everyone(), c -> () -> {
            var due = contracts.myNoticeDeadlines(100_000);
            if (!c.member()) {
                assertThat(due)
                        .as("nothing of a contract of others")
                        .noneMatch(d -> d.contractId().equals(id));
            }
            return due;
        }));
        // the PME's in-house cost: its members read it, its editors write it; never the provider
        rows.add(Row.contract(
                "InHouseCosts.of", only(CLIENT_OWNER, CLIENT_EDITOR, CLIENT_VIEWER), c -> () -> inHouseCosts.of(id)));
        rows.add(Row.contract("InHouseCosts.save", only(CLIENT_OWNER, CLIENT_EDITOR), c -> () -> {
            // fewer than one deliverable a month: refused after the role, nothing stored
            inHouseCosts.save(
                    id,
                    new app.avenant.performance.InHouseCost(
                            null, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, 1, 0, ""));
            return null;
        }));
        // templates: the portal's for anyone signed in; a contract's terms as a template for an admin of its PME
        rows.add(Row.caller("ContractTemplates.available", everyone(), c -> () -> contractTemplates.available()));
        rows.add(Row.contract(
                "ContractTemplates.termsFor", members(), c -> () -> contractTemplates.termsFor(id, "builtin:PAIE")));
        rows.add(Row.contract(
                "ContractTemplates.saveAsTemplate",
                only(CLIENT_OWNER),
                // a blank name is refused after the right: nothing stored
                c -> () -> contractTemplates.saveAsTemplate(id, " ", app.avenant.contract.Activity.PAIE)));
        rows.add(Row.caller(
                "ContractTemplates.startingTerms",
                everyone(),
                c -> () -> contractTemplates.startingTerms("builtin:PAIE")));
        consultationRows(rows);
        rows.add(Row.caller("WhatNeedsMe.forMe", everyone(), c -> () -> {
            var answer = whatNeedsMe.forMe();
            if (!c.member()) {
                assertThat(answer.overdue())
                        .as("nothing of a contract of others")
                        .noneMatch(o -> o.contractId().equals(id));
                assertThat(answer.notices()).noneMatch(n -> n.contractId().equals(id));
                assertThat(answer.awaiting())
                        .noneMatch(n -> n.target().contractId().equals(id));
            }
            return answer;
        }));
        rows.add(Row.caller("Indicators.penaltyUseOfMyContracts", everyone(), c -> () -> {
            var uses = indicators.penaltyUseOfMyContracts();
            if (!c.member()) {
                assertThat(uses)
                        .as("nothing of a contract of others")
                        .noneMatch(u -> u.contractId().equals(id));
            }
            return uses;
        }));
        rows.add(Row.caller("Deliverables.overdueOfMyContracts", everyone(), c -> () -> {
            var late = deliverables.overdueOfMyContracts();
            if (!c.member()) {
                assertThat(late).as("nothing of a contract of others").doesNotContainKey(id);
            }
            return late;
        }));
        rows.add(Row.caller("Contracts.myContractIds", everyone(), c -> () -> {
            var mine = contracts.myContractIds(500);
            assertThat(mine.contains(id)).as("only the caller's own contracts").isEqualTo(c.member());
            return mine;
        }));
        rows.add(Row.caller("RequestsAwaitingMe.countsFor", everyone(), c -> () -> {
            var counts = awaitingMe.countsFor(List.of(id));
            assertThat(counts.keySet())
                    .as("nothing counted on a contract of others")
                    .isSubsetOf(c.member() ? java.util.Set.of(id) : java.util.Set.of());
            return counts;
        }));
        rows.add(Row.caller("Contracts.myContractsPuttingFirst", everyone(), c -> () -> {
            List<ContractSummary> mine = contracts.myContractsPuttingFirst(ContractFilter.all(), List.of(id), 0, 500);
            assertThat(mine.stream().anyMatch(s -> s.id().equals(id)))
                    .as("putting a contract first never shows it to a stranger")
                    .isEqualTo(c.member());
            return mine;
        }));
        rows.add(Row.caller("RequestsAwaitingMe.countsForAllMyContracts", everyone(), c -> () -> {
            var counts = awaitingMe.countsForAllMyContracts();
            if (!c.member()) {
                assertThat(counts).as("nothing counted on a contract of others").doesNotContainKey(id);
            }
            return counts;
        }));
        rows.add(Row.caller(
                "Contracts.countMyContracts", everyone(), c -> () -> contracts.countMyContracts(ContractFilter.all())));
        rows.add(Row.contract("Contracts.summary", members(), c -> () -> contracts.summary(id)));
        rows.add(Row.contract("Contracts.workspace", members(), c -> () -> contracts.workspace(id)));
        rows.add(Row.contract("Contracts.members", members(), c -> () -> contracts.members(id, 0, 50)));
        rows.add(Row.contract("Contracts.countMembers", members(), c -> () -> contracts.countMembers(id)));
        rows.add(Row.contract("Contracts.versions", members(), c -> () -> contracts.versions(id, 0, 50)));
        rows.add(Row.contract("Contracts.countVersions", members(), c -> () -> contracts.countVersions(id)));
        rows.add(Row.contract("Contracts.adoptions", members(), c -> () -> contracts.adoptions(id)));
        rows.add(Row.contract("Contracts.termsOfVersion", members(), c -> () -> contracts.termsOfVersion(id, 1)));
        rows.add(Row.contract("Contracts.compare", members(), c -> () -> contracts.compare(id, 0, 1)));
        // VersionOrigins (implemented by change): who proposed the versions, for any member
        rows.add(Row.contract("VersionOrigins.origins", members(), c -> () -> versionOrigins.origins(id, 1, 3)));
        rows.add(Row.contract(
                "VersionOrigins.attributedOrigins", members(), c -> () -> versionOrigins.attributedOrigins(id, 1, 3)));
        // PrintedVersions and VersionDocuments: versions on paper, for any member; a fingerprint or a PDF names a
        // version only to a member
        rows.add(Row.contract("PrintedVersions.printable", members(), c -> () -> printedVersions.printable(id, 1)));
        rows.add(Row.caller("PrintedVersions.findByFingerprint", everyone(), c -> () -> {
            var found = printedVersions.findByFingerprint(versionOneFingerprint);
            assertThat(found.stream().anyMatch(v -> v.contractId().equals(id)))
                    .as("the version is named to members only")
                    .isEqualTo(c.member());
            return found;
        }));
        rows.add(Row.contract("VersionDocuments.version", members(), c -> () -> versionDocuments.version(id, 1)));
        rows.add(Row.contract("VersionDocuments.amendment", members(), c -> () -> versionDocuments.amendment(id, 2)));
        rows.add(Row.caller("VersionDocuments.checkFingerprint", everyone(), c -> () -> {
            var check = versionDocuments.checkFingerprint(versionOneFingerprint);
            assertThat(check.outcome() == DocumentCheck.Outcome.MATCH)
                    .as("a member learns the version, anyone else that it matches none of theirs")
                    .isEqualTo(c.member());
            return check;
        }));
        rows.add(Row.caller("VersionDocuments.checkPdf", everyone(), c -> () -> {
            var check = versionDocuments.checkPdf(versionOnePdf);
            assertThat(check.outcome() == DocumentCheck.Outcome.MATCH)
                    .as("a member learns the version, anyone else that it matches none of theirs")
                    .isEqualTo(c.member());
            return check;
        }));
        // ContractFiles: members read and download, editors add, who added a file or their side's owner removes it
        rows.add(Row.contract("ContractFiles.list", members(), c -> () -> contractFiles.list(id, 0, 50)));
        rows.add(Row.contract("ContractFiles.count", members(), c -> () -> contractFiles.count(id)));
        rows.add(Row.contract("ContractFiles.canAdd", members(), c -> () -> {
            assertThat(contractFiles.canAdd(id)).isEqualTo(c.role().canEdit());
            return null;
        }));
        rows.add(
                Row.contract("ContractFiles.add", editors(), c -> () -> contractFiles.add(id, "annexe.txt", bytes(c))));
        rows.add(Row.contract("ContractFiles.download", members(), c -> {
            UUID file = fileAddedBy(CLIENT_EDITOR, id);
            return () -> contractFiles.download(id, file);
        }));
        rows.add(Row.contract("ContractFiles.remove", only(CLIENT_EDITOR, CLIENT_OWNER), c -> {
            UUID file = fileAddedBy(CLIENT_EDITOR, id);
            return () -> {
                contractFiles.remove(id, file);
                return null;
            };
        }));
        // documents of scope items: editors keep them for a proposal; members download those the terms name
        rows.add(Row.contract(
                "ScopeDocuments.keep", editors(), c -> () -> scopeDocuments.keep(id, "procedure.txt", bytes(c))));
        rows.add(Row.contract("ScopeDocuments.download", members(), c -> {
            String sha256 = proposedScopeDocument();
            return () -> scopeDocuments.download(id, sha256);
        }));
        // a change request's files: the same rules, on the request's contract; a stranger learns nothing of it
        rows.add(Row.contract("ContractFiles.requestFolder", members(), c -> {
            UUID request = draftChange();
            return () -> contractFiles.requestFolder(request);
        }));
        rows.add(Row.contract("ContractFiles.listOnRequest", members(), c -> {
            UUID request = draftChange();
            return () -> contractFiles.listOnRequest(request, 0, 50);
        }));
        rows.add(Row.contract("ContractFiles.countOnRequest", members(), c -> {
            UUID request = draftChange();
            return () -> contractFiles.countOnRequest(request);
        }));
        rows.add(Row.contract("ContractFiles.addToRequest", editors(), c -> {
            UUID request = submittedChange(); // a draft takes its author's side's files only
            return () -> contractFiles.addToRequest(request, "annexe.txt", bytes(c));
        }));
        rows.add(Row.contract("Contracts.myRole", members(), c -> () -> {
            assertThat(contracts.myRole(id)).isEqualTo(c.role());
            return null;
        }));
        rows.add(Row.contract("Contracts.currentTerms", members(), c -> () -> contracts.currentTerms(id)));
        rows.add(Row.contract("Contracts.myGrantedRole", members(), c -> () -> {
            assertThat(contracts.myGrantedRole(id)).isEqualTo(c.role());
            return null;
        }));
        // Contracts: an organisation admin of a party manages its own people (insiders otherwise denied)
        rows.add(Row.contract(
                "ContractAccess.addMember",
                only(CLIENT_OWNER, PROVIDER_MANAGER),
                // the caller adds themselves as a client viewer: already a member, or a role of the other side
                c -> () -> {
                    contractAccess.addMember(id, people.get(c).id(), ContractRole.CLIENT_VIEWER);
                    return null;
                }));
        rows.add(Row.contract("ContractAccess.nameContactPerson", only(CLIENT_OWNER, PROVIDER_MANAGER), c -> () -> {
            contractAccess.nameContactPerson(id, people.get(c).id()); // already their side's contact person
            return null;
        }));
        // the contract's status: the PME's owner decides, any member reads (input refused after the role check)
        rows.add(Row.contract("ContractLifecycle.startPilot", only(CLIENT_OWNER), c -> () -> {
            lifecycle.startPilot(id, 0, LocalDate.of(2020, 1, 1));
            return null;
        }));
        rows.add(Row.contract("ContractLifecycle.activate", only(CLIENT_OWNER), c -> () -> {
            lifecycle.activate(id, "x".repeat(100_000));
            return null;
        }));
        // the rest of the life-cycle: the contract is not in the status each move needs, refused after the role
        rows.add(Row.contract("ContractLifecycle.extendPilot", only(CLIENT_OWNER), c -> () -> {
            lifecycle.extendPilot(id, 0, LocalDate.of(2020, 1, 1), null);
            return null;
        }));
        rows.add(Row.contract("ContractLifecycle.stopPilot", only(CLIENT_OWNER), c -> () -> {
            lifecycle.stopPilot(id, "");
            return null;
        }));
        rows.add(Row.contract("ContractLifecycle.suspend", only(CLIENT_OWNER), c -> () -> {
            lifecycle.suspend(id, "");
            return null;
        }));
        rows.add(Row.contract("ContractLifecycle.resume", only(CLIENT_OWNER), c -> () -> {
            lifecycle.resume(id, null);
            return null;
        }));
        rows.add(Row.contract("ContractLifecycle.end", only(CLIENT_OWNER), c -> () -> {
            lifecycle.end(id, false, "");
            return null;
        }));
        rows.add(Row.contract("ContractLifecycle.exitChecklist", members(), c -> () -> lifecycle.exitChecklist(id)));
        // each side's owner ticks its side; the contract has not ended: refused after the role
        rows.add(Row.contract("ContractLifecycle.tickExit", only(CLIENT_OWNER, PROVIDER_MANAGER), c -> () -> {
            lifecycle.tickExit(id, ExitItem.DATA_RETURNED, true);
            return null;
        }));
        rows.add(Row.contract("ContractLifecycle.pilotProgress", members(), c -> () -> lifecycle.pilotProgress(id)));
        rows.add(Row.contract(
                "ContractLifecycle.statusChanges", members(), c -> () -> lifecycle.statusChanges(id, 0, 50)));
        // an organisation admin of a PME creates contracts (of their own organisation: no contract in the cell)
        rows.add(Row.organisation(
                "ContractLifecycle.createContract",
                callers(CLIENT_OWNER, OUTSIDER_ADMIN),
                c -> () -> lifecycle.createContract(new NewContractRequest(
                        "", "", contract.provider().organisation().id()))));
        // what only other modules' services do (open, enrol, adopt a version...) is on none of the three but on
        // ContractsForModules, which no user reaches: ModularityTests holds that wall

        // ChangeRequests (a request the client's editor proposed)
        rows.add(Row.contract("ChangeRequests.list", members(), c -> () -> changeRequests.list(id, null, 0, 50)));
        rows.add(Row.contract("ChangeRequests.count", members(), c -> () -> changeRequests.count(id, null)));
        rows.add(Row.contract("ChangeRequests.countOpen", members(), c -> () -> changeRequests.countOpen(id)));
        rows.add(Row.contract(
                "ChangeRequests.propose",
                editors(),
                // a blank title stops at the first rule after the role check: nothing is stored
                c -> () -> changeRequests.propose(id, new NewChangeRequest("", "", ObjectiveKind.COST))));
        rows.add(Row.contract("ChangeRequests.detail", members(), c -> () -> changeRequests.detail(sharedChange)));
        rows.add(Row.contract("ChangeRequests.page", members(), c -> () -> changeRequests.page(sharedChange)));
        rows.add(Row.contract("ChangeRequests.revise", editors(), c -> {
            long version = TestAccounts.as(
                    name(CLIENT_OWNER),
                    () -> changeRequests.detail(sharedChange).version());
            // a note too long is refused after the role: the request is left as it was
            return () -> {
                changeRequests.revise(
                        sharedChange, version, PerformanceFixtures.workedExampleTerms(), "x".repeat(100_000));
                return null;
            };
        }));
        rows.add(Row.contract("ChangeRequests.reviseOnTermsInForce", editors(), c -> {
            var detail = TestAccounts.as(name(CLIENT_OWNER), () -> changeRequests.detail(sharedChange));
            // a note too long is refused after the role: the request is left as it was
            return () -> {
                changeRequests.reviseOnTermsInForce(
                        sharedChange,
                        detail.version(),
                        detail.currentContractVersion(),
                        PerformanceFixtures.workedExampleTerms(),
                        "x".repeat(100_000));
                return null;
            };
        }));
        rows.add(Row.contract("ChangeRequests.submit", only(CLIENT_OWNER, CLIENT_EDITOR), c -> {
            UUID draft = draftChange();
            long version = TestAccounts.as(
                    name(CLIENT_OWNER), () -> changeRequests.detail(draft).version());
            return () -> {
                changeRequests.submit(draft, version);
                return null;
            };
        }));
        rows.add(Row.contract("ChangeRequests.approve", approvers(), c -> {
            UUID submitted = submittedChange();
            return () -> {
                changeRequests.approve(submitted, 1);
                return null;
            };
        }));
        rows.add(Row.contract("ChangeRequests.reject", only(PROVIDER_MANAGER), c -> {
            UUID submitted = submittedChange();
            return () -> {
                changeRequests.reject(submitted, "Pas d'accord");
                return null;
            };
        }));
        rows.add(Row.contract("ChangeRequests.withdraw", only(CLIENT_OWNER, CLIENT_EDITOR), c -> {
            UUID submitted = submittedChange();
            return () -> {
                changeRequests.withdraw(submitted);
                return null;
            };
        }));
        rows.add(Row.contract("ChangeRequests.comment", editors(), c -> () -> {
            changeRequests.comment(sharedChange, "  "); // required: refused after the role check
            return null;
        }));
        rows.add(Row.contract("ChangeRequests.reword", editorsOf(Side.CLIENT), c -> {
            long version = TestAccounts.as(
                    name(CLIENT_OWNER),
                    () -> changeRequests.detail(sharedChange).version());
            return () -> {
                changeRequests.reword(sharedChange, version, " ", "Raison"); // required: refused after the role check
                return null;
            };
        }));
        rows.add(Row.contract(
                "ChangeRequests.wordingEdits", members(), c -> () -> changeRequests.wordingEdits(sharedChange, 0, 50)));
        rows.add(Row.contract(
                "ChangeRequests.countWordingEdits",
                members(),
                c -> () -> changeRequests.countWordingEdits(sharedChange)));
        rows.add(Row.contract("ChangeRequests.addInternalNote", editors(), c -> () -> {
            changeRequests.addInternalNote(sharedChange, "  "); // required: refused after the role check
            return null;
        }));
        rows.add(Row.contract(
                "ChangeRequests.internalNotes",
                members(),
                c -> () -> changeRequests.internalNotes(sharedChange, 0, 50)));
        rows.add(Row.contract(
                "ChangeRequests.comments", members(), c -> () -> changeRequests.comments(sharedChange, 0, 50)));
        rows.add(Row.contract(
                "ChangeRequests.timeline", members(), c -> () -> changeRequests.timeline(sharedChange, 50)));
        rows.add(Row.contract(
                "ChangeRequests.revisionTerms", members(), c -> () -> changeRequests.revisionTerms(sharedChange, 1)));
        rows.add(Row.contract(
                "ChangeRequests.compareRevisions",
                members(),
                c -> () -> changeRequests.compareRevisions(sharedChange, 1, 1)));

        // Deliverables
        rows.add(Row.contract(
                "Deliverables.record",
                editors(),
                c -> () -> deliverables.record(
                        id,
                        List.of(PerformanceFixtures.pending("inconnu", LocalDate.of(2026, 2, 2), 1)),
                        DeliverableSource.FORM)));
        // the API's way in, for an API token of that organisation only: every signed-in user is refused, even
        // passing their own organisation
        rows.add(Row.system(
                "Deliverables.recordForOrganisation",
                c -> () -> deliverables.recordForOrganisation(
                        people.get(c).organisationId(),
                        contract.reference(),
                        List.of(PerformanceFixtures.pending("inconnu", LocalDate.of(2026, 2, 2), 1)),
                        "matrice")));
        rows.add(Row.contract(
                "Deliverables.list", members(), c -> () -> deliverables.list(id, DeliverableFilter.all(), 0, 50)));
        rows.add(Row.contract(
                "Deliverables.count", members(), c -> () -> deliverables.count(id, DeliverableFilter.all())));
        rows.add(Row.contract("Deliverables.update", editors(), c -> () -> {
            // another reference is refused after the role check: the deliverable is left as it was
            deliverables.update(
                    id,
                    sharedDeliverable,
                    PerformanceFixtures.delivered(
                            PerformanceFixtures.INVOICES,
                            LocalDate.of(2026, 1, 12),
                            5,
                            QualityOutcome.FIRST_PASS,
                            true));
            return null;
        }));
        rows.add(Row.contract("Deliverables.delete", editors(), c -> {
            UUID fresh = freshDeliverable();
            return () -> {
                deliverables.delete(id, fresh);
                return null;
            };
        }));

        // Indicators
        rows.add(Row.contract(
                "Indicators.report", members(), c -> () -> indicators.report(id, JANUARY, JANUARY.plusMonths(2))));
        rows.add(Row.contract("Indicators.overview", members(), c -> () -> indicators.overview(id)));
        rows.add(Row.contract(
                "Indicators.rebaselineSuggestions", members(), c -> () -> indicators.rebaselineSuggestions(id)));
        rows.add(Row.contract(
                "Rebaselining.draftRebaseline",
                editors(),
                c -> () -> rebaselining.draftRebaseline(id, "inconnu"))); // no such suggestion: a rule, after the role

        // Statements (January 2026: an ended month of the contract)
        rows.add(Row.contract("Statements.statement", members(), c -> () -> statements.statement(id, JANUARY)));
        rows.add(Row.contract("Statements.recordMeasurement", editors(), c -> () -> {
            statements.recordMeasurement(id, JANUARY, PerformanceFixtures.WITHIN_48H, new BigDecimal("-1"));
            return null;
        }));
        rows.add(Row.contract("Statements.validate", approvers(), c -> () -> {
            statements.validate(id, JANUARY, 999); // a stale revision: refused after the role check
            return null;
        }));
        rows.add(Row.contract("Statements.reopen", approvers(), c -> () -> {
            statements.reopen(id, JANUARY, ""); // not locked: refused after the role check
            return null;
        }));

        // Invoices (January 2026, not validated): both sides read; the provider's approvers issue
        Function<Caller, Outcome> providerApprovers =
                c -> !c.member() ? NOT_FOUND : c.role().canApprove() && c.role().side() == Side.PROVIDER ? ALLOW : DENY;
        rows.add(Row.contract("Invoices.status", members(), c -> () -> invoices.status(id, JANUARY)));
        rows.add(Row.contract(
                "Invoices.preview",
                providerApprovers,
                c -> () -> invoices.preview(
                        id, JANUARY, new BigDecimal("20"), app.avenant.invoicing.PaymentTerms.DAYS_30)));
        rows.add(Row.contract(
                "Invoices.issue",
                providerApprovers,
                // not validated: refused after the role check, nothing stored
                c -> () ->
                        invoices.issue(id, JANUARY, new BigDecimal("20"), app.avenant.invoicing.PaymentTerms.DAYS_30)));
        rows.add(Row.contract("Invoices.file", members(), c -> () -> invoices.file(id, JANUARY)));
        // Received invoices: the PME's owners and editors file (not a readable invoice: refused after the right);
        // every member reads; owners, managers and editors of both sides write about one (none here: not found)
        rows.add(Row.contract(
                "ReceivedInvoices.receive",
                editorsOf(Side.CLIENT),
                c -> () -> receivedInvoices.receive(
                        id, JANUARY, "x.xml", "<pas une facture/>".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        rows.add(Row.contract(
                "ReceivedInvoices.received", members(), c -> () -> receivedInvoices.received(id, JANUARY)));
        rows.add(Row.contract(
                "ReceivedInvoices.file", members(), c -> () -> receivedInvoices.file(id, UUID.randomUUID())));
        rows.add(Row.contract("ReceivedInvoices.remark", editors(), c -> () -> {
            receivedInvoices.remark(id, UUID.randomUUID(), "Écart");
            return null;
        }));
        rows.add(Row.contract("ReceivedInvoices.cancel", editorsOf(Side.CLIENT), c -> () -> {
            receivedInvoices.cancel(id, UUID.randomUUID(), "Avoir AV-1");
            return null;
        }));
        rows.add(Row.system(
                "ReceivedInvoices.receiveForOrganisation",
                c -> () -> receivedInvoices.receiveForOrganisation(
                        people.get(c).organisationId(),
                        contract.reference(),
                        JANUARY,
                        "x.xml",
                        new byte[0],
                        "matrice")));

        // Reviews
        rows.add(Row.contract("Reviews.cadence", members(), c -> () -> reviews.cadence(id)));
        rows.add(Row.contract("Reviews.setCadence", approvers(), c -> () -> {
            reviews.setCadence(id, Cadence.NONE);
            return null;
        }));
        rows.add(Row.contract("Reviews.scheduleNext", members(), c -> () -> reviews.scheduleNext(id)));
        rows.add(Row.contract(
                "Reviews.plan",
                editors(),
                c -> () -> reviews.plan(id, new NewReview(LocalDateTime.of(2026, 12, 1, 10, 0), 60, " "))));
        rows.add(Row.contract("Reviews.list", members(), c -> () -> reviews.list(id, 0, 50)));
        rows.add(Row.contract("Reviews.count", members(), c -> () -> reviews.count(id)));
        rows.add(Row.contract("Reviews.review", members(), c -> () -> reviews.review(sharedReview)));
        rows.add(Row.contract("Reviews.requireVisible", members(), c -> () -> {
            reviews.requireVisible(sharedReview);
            return null;
        }));
        rows.add(Row.contract("Reviews.setAttendees", editors(), c -> () -> {
            reviews.setAttendees(sharedReview, Set.of(UUID.randomUUID())); // not a member: a rule
            return null;
        }));
        rows.add(Row.contract("Reviews.saveMinutes", editors(), c -> () -> {
            reviews.saveMinutes(sharedReview, "x".repeat(200_000), ""); // too long: a rule
            return null;
        }));
        rows.add(Row.contract("Reviews.markHeld", editors(), c -> {
            UUID fresh = plannedReview();
            return () -> {
                reviews.markHeld(fresh);
                return null;
            };
        }));
        rows.add(Row.contract(
                "Reviews.addAction",
                editors(),
                c -> () -> reviews.addAction(
                        sharedReview,
                        new NewActionItem(" ", people.get(CLIENT_OWNER).id(), LocalDate.of(2026, 3, 1)))));
        // editors, and the action's owner whatever their role (here the client's viewer)
        rows.add(Row.contract(
                "Reviews.setActionDone",
                only(CLIENT_OWNER, CLIENT_EDITOR, CLIENT_VIEWER, PROVIDER_MANAGER, PROVIDER_EDITOR),
                c -> () -> {
                    reviews.setActionDone(sharedAction, false);
                    return null;
                }));
        rows.add(Row.contract("Reviews.overdueActions", members(), c -> () -> reviews.overdueActions(id)));
        // the caller's own calendar feed: anyone signed in, about their own contracts only
        rows.add(Row.caller("Reviews.myCalendarFeed", everyone(), c -> reviews::myCalendarFeed));
        rows.add(Row.caller("Reviews.createMyCalendarFeed", everyone(), c -> reviews::createMyCalendarFeed));
        rows.add(Row.caller("Reviews.revokeMyCalendarFeed", everyone(), c -> () -> {
            reviews.revokeMyCalendarFeed();
            return null;
        }));
        rows.add(Row.caller("Reviews.calendarFeedOwner", everyone(), c -> () -> {
            assertThat(reviews.calendarFeedOwner("A".repeat(43))).isEmpty();
            return null;
        }));
        rows.add(Row.caller("Reviews.myActionsDue", everyone(), c -> () -> {
            var due = reviews.myActionsDue(100);
            if (!c.member()) {
                assertThat(due)
                        .as("no action of a contract of others")
                        .noneMatch(a -> a.contractId().equals(id));
            }
            return due;
        }));
        rows.add(Row.caller("Reviews.countMyActionsDue", everyone(), c -> () -> reviews.countMyActionsDue()));
        rows.add(Row.caller("Reviews.myCalendar", everyone(), c -> () -> {
            var calendar = reviews.myCalendar();
            assertThat(calendar.reviews().stream().anyMatch(e -> e.reviewId().equals(sharedReview)))
                    .as("sees the contract's review")
                    .isEqualTo(c.member());
            return calendar;
        }));

        // AuditTrail: a contract's trail is for the owners of both sides
        rows.add(Row.contract("AuditTrail.mayRead", members(), c -> () -> {
            assertThat(auditTrail.mayRead(id)).isEqualTo(c == CLIENT_OWNER || c == PROVIDER_MANAGER);
            return null;
        }));
        rows.add(Row.contract("AuditTrail.recordTrailViewed", approvers(), c -> () -> {
            auditTrail.recordTrailViewed(id);
            return null;
        }));
        rows.add(Row.contract(
                "AuditTrail.entriesOfContract", approvers(), c -> () -> auditTrail.entriesOfContract(id, 0, 10)));
        rows.add(Row.contract(
                "AuditTrail.countEntriesOfContract", approvers(), c -> () -> auditTrail.countEntriesOfContract(id)));
        rows.add(
                Row.contract("AuditTrail.exportContractCsv", approvers(), c -> () -> auditTrail.exportContractCsv(id)));
        rows.add(Row.contract(
                "AuditTrail.verifyFromContract", approvers(), c -> () -> auditTrail.verifyFromContract(id)));

        // Users: the caller's own account and organisation
        rows.add(Row.caller("Users.currentUser", everyone(), c -> users::currentUser));
        rows.add(Row.caller("Users.findCurrentUser", everyone(), c -> users::findCurrentUser));
        rows.add(Row.caller("Users.currentUsername", everyone(), c -> users::currentUsername));
        rows.add(Row.caller("Users.myEmail", everyone(), c -> users::myEmail));
        rows.add(Row.caller("Users.changeMyEmail", everyone(), c -> () -> {
            users.changeMyEmail(""); // no address: theirs only
            return null;
        }));
        // MailPreferences: each person their own choices; an unsubscribe link is its own credential (an unknown one
        // changes nothing, for anyone)
        rows.add(Row.caller("MailPreferences.mine", everyone(), c -> mailPreferences::mine));
        rows.add(Row.caller("MailPreferences.saveMine", everyone(), c -> () -> {
            mailPreferences.saveMine(Map.of(MailTopic.COMMENTS, Delivery.DAILY));
            return null;
        }));
        rows.add(Row.caller("MailPreferences.saveAddressAndChoices", everyone(), c -> () -> {
            mailPreferences.saveAddressAndChoices("", Map.of(MailTopic.COMMENTS, Delivery.DAILY));
            return null;
        }));
        rows.add(Row.caller("MailPreferences.unsubscribeOffer", everyone(), c -> () -> {
            assertThat(mailPreferences.unsubscribeOffer("x".repeat(43))).isEmpty();
            return null;
        }));
        rows.add(Row.caller("MailPreferences.unsubscribe", everyone(), c -> () -> {
            assertThat(mailPreferences.unsubscribe("x".repeat(43))).isFalse();
            return null;
        }));
        // SentMails: an organisation's admins only, and only their organisation's mail
        rows.add(Row.organisation("SentMails.page", admins(), c -> () -> sentMails.page(0, 50)));
        rows.add(Row.organisation("SentMails.count", admins(), c -> sentMails::count));
        rows.add(Row.organisation("SentMails.countWaiting", admins(), c -> sentMails::countWaiting));
        rows.add(Row.organisation("SentMails.text", admins(), c -> () -> {
            assertThat(sentMails.text(UUID.randomUUID())).isEmpty();
            return null;
        }));
        rows.add(Row.organisation("SentMails.whereMailGoes", admins(), c -> sentMails::whereMailGoes));
        rows.add(Row.caller("Users.changeMyLocale", everyone(), c -> () -> {
            users.changeMyLocale(Locale.FRANCE);
            return null;
        }));
        rows.add(Row.caller(
                "Users.usersByIds",
                everyone(),
                c -> () -> users.usersByIds(Set.of(people.get(c).id()))));
        rows.add(Row.caller(
                "Users.organisationsByIds",
                everyone(),
                c -> () -> users.organisationsByIds(Set.of(people.get(c).organisationId()))));
        rows.add(Row.organisation(
                "Users.providerOrganisations",
                callers(CLIENT_OWNER, OUTSIDER_ADMIN),
                c -> users::providerOrganisations));
        rows.add(Row.caller("Users.usersOfMyOrganisation", everyone(), c -> () -> {
            List<UserRef> colleagues = users.usersOfMyOrganisation(0, 50);
            assertThat(colleagues)
                    .allMatch(u -> u.organisationId().equals(people.get(c).organisationId()));
            return colleagues;
        }));
        rows.add(Row.caller("Users.countUsersOfMyOrganisation", everyone(), c -> users::countUsersOfMyOrganisation));
        rows.add(Row.organisation(
                "Users.userSummariesOfMyOrganisation",
                admins(),
                c -> () -> users.userSummariesOfMyOrganisation(0, 50)));
        rows.add(Row.organisation(
                "Users.createUser",
                admins(),
                c -> () -> users.createUser(new NewUser("", "", "", false)))); // invalid: a rule, nothing stored
        // managing a colleague of the client's organisation: its admin only (another admin is refused too)
        rows.add(Row.organisation("Users.suspendUser", callers(CLIENT_OWNER), c -> {
            UserRef colleague = accounts.newUser(contract.client().organisation(), false);
            return () -> {
                users.suspendUser(colleague.id());
                return null;
            };
        }));
        rows.add(Row.organisation("Users.reactivateUser", callers(CLIENT_OWNER), c -> {
            UserRef colleague = accounts.newUser(contract.client().organisation(), false);
            return () -> {
                users.reactivateUser(colleague.id());
                return null;
            };
        }));
        rows.add(Row.organisation("Users.removeUser", callers(CLIENT_OWNER), c -> {
            UserRef colleague = accounts.newUser(contract.client().organisation(), false);
            return () -> {
                users.removeUser(colleague.id());
                return null;
            };
        }));

        // ApiTokens: an organisation admin's own organisation's tokens
        rows.add(Row.organisation("ApiTokens.create", admins(), c -> () -> apiTokens.create(" "))); // blank: a rule
        rows.add(Row.organisation("ApiTokens.listMine", admins(), c -> () -> apiTokens.listMine(0, 50)));
        rows.add(Row.organisation("ApiTokens.countMine", admins(), c -> apiTokens::countMine));

        // LegalIdentities: one's own organisation's legal identity, read by every member, changed by its admins
        rows.add(Row.organisation("LegalIdentities.mine", everyone(), c -> legalIdentities::mine));
        rows.add(Row.organisation(
                "LegalIdentities.saveMine",
                admins(),
                // an empty identity: refused by the rules once the right is granted, nothing stored
                c -> () -> legalIdentities.saveMine(app.avenant.identity.LegalIdentity.empty(), 0)));
        // revoking a token of the client's organisation: another organisation's admin learns nothing of it
        rows.add(Row.organisation(
                "ApiTokens.revoke",
                c -> switch (c) {
                    case CLIENT_OWNER -> ALLOW;
                    case PROVIDER_MANAGER, OUTSIDER_ADMIN -> NOT_FOUND;
                    default -> DENY;
                },
                c -> {
                    UUID token = TestAccounts.as(
                            name(CLIENT_OWNER),
                            () -> apiTokens.create("Matrice").token().id());
                    return () -> {
                        apiTokens.revoke(token);
                        return null;
                    };
                }));
        rows.add(Row.caller(
                "ApiTokens.authenticate",
                everyone(),
                c -> () -> apiTokens.authenticate(ApiTokens.PREFIX + "A".repeat(43))));

        // --- meeting pack and followed decisions ---
        rows.add(Row.contract("MeetingPacks.pack", members(), c -> () -> meetingPacks.pack(sharedReview)));
        rows.add(Row.contract(
                "ReviewDecisions.openChangeRequest",
                editors(),
                c -> () -> reviewDecisions.openChangeRequest(sharedReview, " ", ObjectiveKind.COST))); // blank: a rule
        rows.add(
                Row.contract("ReviewDecisions.followed", members(), c -> () -> reviewDecisions.followed(sharedReview)));
        // --- access register and RGPD art. 28 checklist ---
        // members read; editors of either side declare; the PME's owner and editors correct and revoke; the
        // checklist is the PME's owner and editors' and the provider's manager's; editors mark it reviewed
        NewRegisterEntry blankSystem = new NewRegisterEntry(" ", "", false, LocalDate.of(2026, 1, 1), null, "");
        rows.add(Row.contract("AccessRegister.entries", members(), c -> () -> accessRegister.entries(id, 0, 50)));
        rows.add(Row.contract("AccessRegister.countEntries", members(), c -> () -> accessRegister.countEntries(id)));
        rows.add(Row.contract(
                "AccessRegister.addEntry", editors(), c -> () -> accessRegister.addEntry(id, blankSystem)));
        rows.add(Row.contract("AccessRegister.updateEntry", only(CLIENT_OWNER, CLIENT_EDITOR), c -> {
            UUID entry = registerEntry();
            return () -> {
                accessRegister.updateEntry(entry, blankSystem); // a rule, after the role
                return null;
            };
        }));
        rows.add(Row.contract("AccessRegister.revokeEntry", only(CLIENT_OWNER, CLIENT_EDITOR), c -> {
            UUID entry = registerEntry();
            return () -> {
                accessRegister.revokeEntry(entry, LocalDate.of(2026, 2, 1));
                return null;
            };
        }));
        rows.add(Row.contract("AccessRegister.checklist", members(), c -> () -> accessRegister.checklist(id)));
        rows.add(Row.contract(
                "AccessRegister.setChecklistItem", only(CLIENT_OWNER, CLIENT_EDITOR, PROVIDER_MANAGER), c -> () -> {
                    accessRegister.setChecklistItem(id, Art28Item.AUDITS, Art28Status.CONFORME, "x".repeat(501));
                    return null;
                }));
        rows.add(Row.contract("AccessRegister.markReviewed", editors(), c -> () -> {
            accessRegister.markReviewed(id, UUID.randomUUID()); // no such review: a rule, after the role
            return null;
        }));
        rows.add(Row.contract("AccessRegister.summary", members(), c -> () -> accessRegister.summary(id)));
        // --- invitations ---
        // the client's admin invites into their own organisation only; an invitation of the client's organisation
        // is "not found" for another organisation's admin
        rows.add(Row.organisation(
                "Invitations.invite",
                admins(),
                c -> () -> invitations.invite(NewInvitation.member("", "")))); // invalid: a rule, nothing stored
        rows.add(Row.organisation(
                "Invitations.pendingInvitations", admins(), c -> () -> invitations.pendingInvitations(0, 50)));
        rows.add(Row.organisation(
                "Invitations.countPendingInvitations", admins(), c -> invitations::countPendingInvitations));
        rows.add(Row.organisation(
                "Invitations.revokeInvitation",
                c -> switch (c) {
                    case CLIENT_OWNER -> ALLOW;
                    case PROVIDER_MANAGER, OUTSIDER_ADMIN -> NOT_FOUND;
                    default -> DENY;
                },
                c -> {
                    UUID invitation = freshInvitation().invitationId();
                    return () -> {
                        invitations.revokeInvitation(invitation);
                        return null;
                    };
                }));
        // the link is the credential, whoever holds it (signed in or not, here or elsewhere: the invitee has no
        // account yet): every caller previews and accepts a fresh link of the client's organisation. The
        // anonymous visitor, the usual caller, is covered by InvitationsTest and AcceptInvitationViewTest.
        rows.add(Row.organisation("Invitations.preview", everyone(), c -> {
            String token = tokenOf(freshInvitation());
            return () -> {
                assertThat((Object) invitations.preview(token)).isInstanceOf(InvitationPreview.Open.class);
                return null;
            };
        }));
        rows.add(Row.organisation("Invitations.accept", everyone(), c -> {
            String token = tokenOf(freshInvitation());
            return () -> {
                invitations.accept(token, "Une phrase de passe bien longue", "Une phrase de passe bien longue");
                return null;
            };
        }));
        // --- access review ---
        // the owners of both sides review access; state-changing calls stop at a business rule after the right
        rows.add(Row.contract(
                "ContractAccess.accessReview",
                only(CLIENT_OWNER, PROVIDER_MANAGER),
                c -> () -> contractAccess.accessReview(id, 0, 50)));
        rows.add(Row.contract(
                "ContractAccess.countAccessReview",
                only(CLIENT_OWNER, PROVIDER_MANAGER),
                c -> () -> contractAccess.countAccessReview(id)));
        rows.add(Row.contract(
                "ContractAccess.recertificationRound",
                only(CLIENT_OWNER, PROVIDER_MANAGER),
                c -> () -> contractAccess.recertificationRound(id)));
        // revoking oneself: the owner of one's side (or admin of one's organisation) reaches the rule
        rows.add(Row.contract("ContractAccess.revokeAccess", only(CLIENT_OWNER, PROVIDER_MANAGER), c -> () -> {
            contractAccess.revokeAccess(id, people.get(c).id());
            return null;
        }));
        // a role of the other side for oneself: refused by the "same side" rule once the right is granted
        rows.add(Row.contract("ContractAccess.changeRole", only(CLIENT_OWNER, PROVIDER_MANAGER), c -> () -> {
            ContractRole otherSide = c.member() && c.role().side() == app.avenant.contract.Side.CLIENT
                    ? ContractRole.PROVIDER_VIEWER
                    : ContractRole.CLIENT_VIEWER;
            contractAccess.changeRole(id, people.get(c).id(), otherSide);
            return null;
        }));
        // a provider member's end date in the past: the PME's owner and the provider's manager reach the rule
        rows.add(Row.contract("ContractAccess.setAccessExpiry", only(CLIENT_OWNER, PROVIDER_MANAGER), c -> () -> {
            contractAccess.setAccessExpiry(id, people.get(PROVIDER_VIEWER).id(), LocalDate.of(2020, 1, 1));
            return null;
        }));
        // keeping someone who is not a member of one's side: refused before anything changes
        rows.add(Row.contract("ContractAccess.certifyAccess", only(CLIENT_OWNER, PROVIDER_MANAGER), c -> () -> {
            contractAccess.certifyAccess(id, Set.of(UUID.randomUUID()), Set.of());
            return null;
        }));
        // a round due before the review: refused by the rule, so the shared contract's members never lapse
        rows.add(Row.contract("ContractAccess.openRecertification", editors(), c -> () -> {
            contractAccess.openRecertification(id, Instant.parse("2026-12-01T09:00:00Z"), LocalDate.of(2020, 1, 1));
            return null;
        }));
        rows.add(Row.contract(
                "AuditTrail.lastAccess",
                only(CLIENT_OWNER, PROVIDER_MANAGER),
                c -> () -> auditTrail.lastAccess(
                        id, List.of(people.get(CLIENT_VIEWER).id()))));
        return rows;
    }

    /** An invitation into the client's organisation, made by its admin. */
    private NewInvitationLink freshInvitation() {
        String username = "matrice-" + UUID.randomUUID().toString().substring(0, 8);
        return TestAccounts.as(name(CLIENT_OWNER), () -> invitations.invite(NewInvitation.member(username, "Invitée")));
    }

    private static String tokenOf(NewInvitationLink link) {
        return link.path().substring(Invitations.PATH_PREFIX.length());
    }

    // --- expectations ---

    /** Members of the contract (all six roles) are allowed; outsiders get "not found". */
    private static Function<Caller, Outcome> members() {
        return c -> c.member() ? ALLOW : NOT_FOUND;
    }

    private static Function<Caller, Outcome> editors() {
        return c -> !c.member() ? NOT_FOUND : c.role().canEdit() ? ALLOW : DENY;
    }

    /** Editors and owners of one side (the side that opened the request); everyone else denied. */
    private static Function<Caller, Outcome> editorsOf(Side side) {
        return c -> !c.member() ? NOT_FOUND : c.role().canEdit() && c.role().side() == side ? ALLOW : DENY;
    }

    private static Function<Caller, Outcome> approvers() {
        return c -> !c.member() ? NOT_FOUND : c.role().canApprove() ? ALLOW : DENY;
    }

    /** Members in {@code allowed} are allowed, other members denied, outsiders get "not found". */
    private static Function<Caller, Outcome> only(Caller... allowed) {
        Set<Caller> set = Set.of(allowed);
        return c -> !c.member() ? NOT_FOUND : set.contains(c) ? ALLOW : DENY;
    }

    /** Not about this contract: the callers listed are allowed, everyone else denied. */
    private static Function<Caller, Outcome> callers(Caller... allowed) {
        Set<Caller> set = Set.of(allowed);
        return c -> set.contains(c) ? ALLOW : DENY;
    }

    private static Function<Caller, Outcome> admins() {
        return c -> c.organisationAdmin() ? ALLOW : DENY;
    }

    private static Function<Caller, Outcome> everyone() {
        return c -> ALLOW;
    }

    private static Outcome outcomeOf(Supplier<?> call) {
        try {
            call.get();
            return ALLOW;
        } catch (ContractNotFoundException
                | app.avenant.consultation.ConsultationNotFoundException
                | ChangeRequestNotFoundException
                | ApiTokenNotFoundException
                | InvitationNotFoundException
                | RequestNotFoundException e) {
            return NOT_FOUND;
        } catch (AccessDeniedException e) {
            return DENY;
        } catch (ChangeRuleException e) {
            return CHANGE_ROLE_KEYS.contains(e.messageKey()) ? DENY : ALLOW;
        } catch (ContractRuleException
                | app.avenant.consultation.ConsultationRuleException
                | StatementRuleException
                | GovernanceRuleException
                | InvalidDeliverablesException
                | StaleChangeRequestException
                | UserValidationException
                | ApiTokenValidationException
                | app.avenant.identity.LegalIdentityException
                | app.avenant.invoicing.InvoiceRuleException
                | app.avenant.invoicing.InvoiceNotFoundException
                | app.avenant.invoicing.ReceivedInvoiceRefusedException
                | IllegalArgumentException e) {
            return ALLOW; // a business rule, checked after the caller's right
        }
    }

    /**
     * A consultation of the client's PME (its admin is CLIENT_OWNER) inviting the provider's organisation (its admin is
     * PROVIDER_MANAGER): the PME's admins run it, the invited provider's admins answer it, nobody else learns it
     * exists; a PME's admin elsewhere (OUTSIDER_ADMIN) may start their own.
     */
    private void consultationRows(List<Row> rows) {
        Function<Caller, Outcome> pmeAdmins = c -> c == CLIENT_OWNER || c == OUTSIDER_ADMIN ? ALLOW : DENY;
        Function<Caller, Outcome> theParties = c -> c == CLIENT_OWNER || c == PROVIDER_MANAGER ? ALLOW : NOT_FOUND;
        Function<Caller, Outcome> thePme = c -> c == CLIENT_OWNER ? ALLOW : c == PROVIDER_MANAGER ? DENY : NOT_FOUND;
        Function<Caller, Outcome> theProvider = c -> c == PROVIDER_MANAGER ? ALLOW : NOT_FOUND;
        rows.add(Row.organisation("Consultations.launch", pmeAdmins, c -> () -> {
            // a blank subject: refused after the right, nothing stored
            consultations.launch(new app.avenant.consultation.NewConsultation(
                    " ",
                    app.avenant.contract.Activity.PAIE,
                    ObjectiveKind.COST,
                    contractTemplates.startingTerms("builtin:PAIE"),
                    LocalDate.now().plusDays(7),
                    Set.of(),
                    List.of(contract.provider().organisation().id())));
            return null;
        }));
        rows.add(Row.caller("Consultations.mine", everyone(), c -> () -> {
            UUID shared = sharedConsultation();
            var mine = consultations.mine(0, 500);
            assertThat(mine.stream().anyMatch(s -> s.id().equals(shared)))
                    .as("listed to its two parties' admins only")
                    .isEqualTo(c == CLIENT_OWNER || c == PROVIDER_MANAGER);
            return mine;
        }));
        rows.add(Row.caller("Consultations.countMine", everyone(), c -> () -> consultations.countMine()));
        rows.add(Row.caller("Consultations.needingMe", everyone(), c -> () -> {
            UUID shared = sharedConsultation();
            var needing = consultations.needingMe();
            // an invitation still unanswered needs the provider's admin, and nobody else
            assertThat(needing.stream().anyMatch(s -> s.id().equals(shared))).isEqualTo(c == PROVIDER_MANAGER);
            return needing;
        }));
        rows.add(Row.organisation(
                "Consultations.detail", theParties, c -> () -> consultations.detail(sharedConsultation())));
        rows.add(Row.organisation("Consultations.submitOffer", theProvider, c -> () -> {
            // nothing priced: refused after the right, nothing stored
            consultations.submitOffer(
                    sharedConsultation(), new app.avenant.consultation.OfferInput(Map.of(), Map.of(), Map.of(), ""));
            return null;
        }));
        rows.add(Row.organisation("Consultations.decline", theProvider, c -> () -> {
            consultations.decline(sharedConsultation(), " ");
            return null;
        }));
        rows.add(Row.organisation(
                "Consultations.compare",
                thePme,
                c -> () -> consultations.compare(sharedConsultation(), app.avenant.consultation.Weights.DEFAULT)));
        rows.add(Row.organisation(
                "Consultations.choose",
                thePme,
                // no such offer: refused after the right, nothing created
                c -> () -> consultations.choose(
                        sharedConsultation(),
                        UUID.randomUUID(),
                        "MATRIX-1",
                        "raison",
                        app.avenant.consultation.Weights.DEFAULT)));
        rows.add(Row.organisation("Consultations.close", thePme, c -> () -> {
            consultations.close(sharedConsultation(), " ");
            return null;
        }));
    }

    private @org.jspecify.annotations.Nullable UUID consultation;

    private UUID sharedConsultation() {
        if (consultation == null) {
            consultation = TestAccounts.as(
                    name(CLIENT_OWNER),
                    () -> consultations.launch(new app.avenant.consultation.NewConsultation(
                            "Consultation de la matrice",
                            app.avenant.contract.Activity.PAIE,
                            ObjectiveKind.COST,
                            contractTemplates.startingTerms("builtin:PAIE"),
                            LocalDate.now().plusDays(7),
                            Set.of(),
                            List.of(contract.provider().organisation().id()))));
        }
        return consultation;
    }

    // --- fixture helpers ---

    private String name(Caller caller) {
        return people.get(caller).username();
    }

    private UUID draftChange() {
        return TestAccounts.as(
                name(CLIENT_EDITOR),
                () -> changeRequests.propose(
                        contract.id(),
                        new NewChangeRequest("Demande de la matrice", "Vérifier les droits", ObjectiveKind.COST)));
    }

    /** A procedure the client's editor attached to the first scope item in a revision of a new request. */
    private String proposedScopeDocument() {
        UUID request = draftChange();
        return TestAccounts.as(name(CLIENT_EDITOR), () -> {
            var kept = scopeDocuments.keep(contract.id(), "procedure.txt", bytes(CLIENT_EDITOR));
            var detail = changeRequests.detail(request);
            var terms = detail.proposed();
            changeRequests.revise(
                    request,
                    detail.version(),
                    terms.withScopeItem(terms.scopeItems().getFirst().withAttachments(List.of(kept))),
                    "");
            return kept.sha256();
        });
    }

    /** A text file kept with the contract by {@code who}, for the download and removal rows. */
    private UUID fileAddedBy(Caller who, UUID contractId) {
        return TestAccounts.as(name(who), () -> contractFiles.add(contractId, "procedure.txt", bytes(who)))
                .id();
    }

    private static byte[] bytes(Caller caller) {
        return ("Procédure de saisie, version de " + caller + " " + UUID.randomUUID())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Version 2 made by a change request, so that the contract has an amendment to print. */
    private void acceptedAmendment() {
        UUID request = TestAccounts.as(
                name(CLIENT_EDITOR),
                () -> changeRequests.propose(
                        contract.id(),
                        new NewChangeRequest("Préavis allongé", "Un mois de plus", ObjectiveKind.CONTINUITY)));
        TestAccounts.as(name(CLIENT_EDITOR), () -> {
            var detail = changeRequests.detail(request);
            changeRequests.revise(request, detail.version(), withLongerNotice(detail.proposed()), "");
        });
        TestAccounts.as(
                name(CLIENT_EDITOR),
                () -> changeRequests.submit(
                        request, changeRequests.detail(request).version()));
        int revision = TestAccounts.as(
                name(CLIENT_OWNER),
                () -> changeRequests.detail(request).latest().number());
        TestAccounts.as(name(CLIENT_OWNER), () -> changeRequests.approve(request, revision));
        TestAccounts.as(name(PROVIDER_MANAGER), () -> changeRequests.approve(request, revision));
    }

    private UUID submittedChange() {
        UUID draft = draftChange();
        TestAccounts.as(name(CLIENT_EDITOR), () -> {
            var detail = changeRequests.detail(draft);
            changeRequests.revise(draft, detail.version(), withLongerNotice(detail.proposed()), "");
        });
        TestAccounts.as(
                name(CLIENT_EDITOR),
                () -> changeRequests.submit(draft, changeRequests.detail(draft).version()));
        return draft;
    }

    /** A revision that changes one thing (the notice period, one month longer): a request must change something. */
    static app.avenant.contract.terms.Terms withLongerNotice(app.avenant.contract.terms.Terms terms) {
        return app.avenant.change.ChangeFixtures.withNoticePeriod(
                terms, terms.header().noticePeriodMonths() + 1);
    }

    private UUID plannedReview() {
        return TestAccounts.as(
                name(CLIENT_OWNER),
                () -> reviews.plan(
                        contract.id(), new NewReview(LocalDateTime.of(2026, 12, 1, 10, 0), 60, "Comité de pilotage")));
    }

    private UUID registerEntry() {
        return TestAccounts.as(
                name(CLIENT_OWNER),
                () -> accessRegister.addEntry(
                        contract.id(),
                        new NewRegisterEntry("ERP de la matrice", "", true, LocalDate.of(2026, 1, 1), null, "")));
    }

    private UUID freshDeliverable() {
        DeliverableInput input = PerformanceFixtures.delivered(
                PerformanceFixtures.INVOICES, LocalDate.of(2026, 1, 12), 5, QualityOutcome.FIRST_PASS, true);
        performance.record(contract, List.of(input));
        List<DeliverableRow> rows = TestAccounts.as(
                name(CLIENT_OWNER), () -> deliverables.list(contract.id(), DeliverableFilter.all(), 0, 1000));
        return rows.stream()
                .filter(r -> r.reference().equals(input.reference()))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private void useOurSecurityContextStrategy() {
        // another test class's context (a real port) may have made its own strategy the JVM-wide one
        SecurityContextHolder.setContextHolderStrategy(applicationContext.getBean(SecurityContextHolderStrategy.class));
        SecurityContextHolder.clearContext();
    }

    /**
     * One method's row: how each caller's call is made ({@code action} prepares any fresh object as
     * someone else, then returns the call to run as the caller) and what each caller must get.
     */
    private record Row(
            String method, String kind, Function<Caller, Outcome> expected, Function<Caller, Supplier<?>> action) {

        static Row contract(String method, Function<Caller, Outcome> expected, Function<Caller, Supplier<?>> action) {
            return new Row(method, "contract", expected, action);
        }

        /** Not about a contract: what the caller's organisation lets them do. */
        static Row organisation(
                String method, Function<Caller, Outcome> expected, Function<Caller, Supplier<?>> action) {
            return new Row(method, "organisation", expected, action);
        }

        /** About the caller themselves. */
        static Row caller(String method, Function<Caller, Outcome> expected, Function<Caller, Supplier<?>> action) {
            return new Row(method, "self", expected, action);
        }

        /** Not for users (the API's way in, for an API token only): every user, even the owner, is refused. */
        static Row system(String method, Function<Caller, Supplier<?>> action) {
            return new Row(method, "system", c -> DENY, action);
        }

        String scope(Caller caller) {
            return switch (kind) {
                case "contract", "system" -> caller.member() ? "own contract" : "other organisation's contract";
                case "organisation" -> "client organisation";
                default -> "own account";
            };
        }
    }
}
