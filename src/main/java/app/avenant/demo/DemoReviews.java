package app.avenant.demo;

import static app.avenant.demo.DemoActor.as;
import static app.avenant.demo.DemoActor.run;

import app.avenant.contract.ContractAccess;
import app.avenant.contract.Contracts;
import app.avenant.contract.Member;
import app.avenant.contract.Side;
import app.avenant.governance.Cadence;
import app.avenant.governance.NewActionItem;
import app.avenant.governance.NewReview;
import app.avenant.governance.Reviews;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The steering of AV-2026-001 (mistake n°3): a monthly comité, last month's held with its minutes, decisions
 * and actions (one done, one overdue: the overview flags it), and the next one planned. Holding it opened a
 * re-certification of who has access; both owners confirmed their side at once, so nobody's demo access
 * lapses a fortnight later. Done as the people themselves, so every rule applies.
 */
@Component
@ConditionalOnProperty(name = "avenant.demo-data.enabled", havingValue = "true")
class DemoReviews {

    private static final LocalTime TEN = LocalTime.of(10, 0);

    private final Reviews reviews;
    private final Contracts contracts;
    private final ContractAccess access;
    private final Clock clock;

    DemoReviews(Reviews reviews, Contracts contracts, ContractAccess access, Clock clock) {
        this.reviews = reviews;
        this.contracts = contracts;
        this.access = access;
        this.clock = clock;
    }

    void record(UUID contract) {
        LocalDate today = LocalDate.now(clock);
        List<Member> members = as("claire.martin", () -> contracts.members(contract, 0, 50));
        Map<String, UUID> people =
                members.stream().collect(Collectors.toMap(Member::displayName, Member::userId, (a, b) -> a));

        run("claire.martin", () -> reviews.setCadence(contract, Cadence.MONTHLY));
        UUID held = as(
                "claire.martin",
                () -> reviews.plan(contract, new NewReview(today.minusMonths(1).atTime(TEN), 90, """
                        1. Résultats des niveaux de service du trimestre
                        2. Volumes de factures et base mensuelle
                        3. Registre des accès et RGPD""")));
        run("claire.martin", () -> {
            reviews.setAttendees(held, Set.copyOf(people.values()));
            reviews.saveMinutes(held, """
                    Les délais de saisie sont tenus sauf en mai (crédit de service appliqué). \
                    Les volumes dépassent la base de 800 factures depuis le printemps.""", """
                    - Relever la base de saisie à 1 040 factures par mois
                    - Préciser le délai de restitution des données en fin de contrat (RGPD)""");
            reviews.addAction(
                    held,
                    new NewActionItem(
                            "Envoyer l'annexe de sécurité signée", people.get("Julien Moreau"), today.minusDays(10)));
            UUID done = reviews.addAction(
                    held,
                    new NewActionItem(
                            "Vérifier les accès ERP des nouveaux collaborateurs",
                            people.get("Paul Durand"),
                            today.minusDays(20)));
            reviews.setActionDone(done, true);
            reviews.markHeld(held);
            access.certifyAccess(contract, idsOf(members, Side.CLIENT), Set.of());
        });
        run("julien.moreau", () -> access.certifyAccess(contract, idsOf(members, Side.PROVIDER), Set.of()));
        run(
                "claire.martin",
                () -> reviews.plan(contract, new NewReview(today.plusDays(14).atTime(TEN), 90, """
                1. Suivi des actions du dernier comité
                2. Relevé du mois et pénalités
                3. Recertification des accès""")));
    }

    private static Set<UUID> idsOf(List<Member> members, Side side) {
        return members.stream()
                .filter(m -> m.side() == side)
                .map(Member::userId)
                .collect(Collectors.toSet());
    }
}
