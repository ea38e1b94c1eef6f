package app.avenant.demo;

import static app.avenant.demo.DemoActor.as;
import static app.avenant.demo.DemoActor.run;

import app.avenant.change.ChangeRequests;
import app.avenant.change.NewChangeRequest;
import app.avenant.contract.ContractLifecycle;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.terms.Terms;
import app.avenant.shared.StoryTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * How the demo contracts got from their first version to the one in force: each later version is a change
 * request proposed, revised (once countered by the other side), discussed, submitted and approved by both sides
 * through {@link ChangeRequests}, as the people themselves and on the days it happened ({@link StoryTime}), so
 * Historique and the version compare tell who proposed what, in which request, why, and who approved it when
 * (issue 12, point 7). The versions are those {@link DemoTerms} describes, adopted on the same days as before.
 */
@Component
@ConditionalOnProperty(name = "avenant.demo-data.enabled", havingValue = "true")
class DemoHistory {

    private final ChangeRequests requests;
    private final ContractLifecycle lifecycle;
    private final Clock clock;

    DemoHistory(ChangeRequests requests, ContractLifecycle lifecycle, Clock clock) {
        this.requests = requests;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    /** AV-2026-001: version 2 (200 days ago), version 3 (30 days ago, after a counter-proposal). */
    void bookkeeping(UUID contract) {
        UUID reconciliation = at(
                206,
                0,
                () -> as(
                        "paul.durand",
                        () -> requests.propose(
                                contract,
                                new NewChangeRequest(
                                        "Procédure de rapprochement documentée et indicateur de qualité de saisie",
                                        "Deux écarts de rapprochement inexpliqués au premier trimestre : nous voulons la procédure"
                                                + " écrite et suivre chaque mois la part des factures saisies sans erreur.",
                                        ObjectiveKind.RELIABILITY))));
        at(206, 1, () -> revise("paul.durand", reconciliation, DemoTerms.bookkeepingV2(), """
                Lien vers la procédure de rapprochement ; nouvel indicateur « factures saisies sans erreur » \
                (objectif 99 %, minimum 97 %), sans pénalité la première année."""));
        at(205, 0, () -> submit("paul.durand", reconciliation));
        at(204, 0, () -> run("lea.bernard", () -> requests.comment(reconciliation, """
                D'accord sur l'indicateur. Nous mesurerons les corrections demandées par la PME chaque mois \
                à partir du relevé.""")));
        at(200, 0, () -> approve("claire.martin", reconciliation));
        at(200, 3, () -> approve("julien.moreau", reconciliation));

        UUID baseline = at(
                38,
                0,
                () -> as(
                        "paul.durand",
                        () -> requests.propose(
                                contract,
                                new NewChangeRequest(
                                        "Volume de référence porté à 1 040 factures (+30 %) ; tranche au-delà de 1 000 à 1,70 €",
                                        "Depuis mai, nous dépassons chaque mois la base de 800 factures et sa marge : les factures"
                                                + " au-delà sont facturées hors forfait. Une base de 1 040 correspond à notre activité.",
                                        ObjectiveKind.COST))));
        at(38, 1, () -> revise("paul.durand", baseline, DemoTerms.bookkeepingV3AsProposed(), """
                Base portée à 1 040 factures par mois, au même prix par tranche."""));
        at(37, 0, () -> submit("paul.durand", baseline));
        at(34, 0, () -> revise("lea.bernard", baseline, DemoTerms.bookkeepingV3(), """
                Nous acceptons la base de 1 040 ; au-delà de 1 000 factures, une deuxième personne saisit : \
                1,70 € au lieu de 1,60 €."""));
        at(33, 0, () -> run("paul.durand", () -> requests.comment(baseline, """
                Le surcoût reste inférieur aux factures hors forfait de l'été. Claire, je te laisse approuver.""")));
        at(30, 0, () -> approve("claire.martin", baseline));
        at(30, 3, () -> approve("julien.moreau", baseline));
    }

    /** AV-2026-002: version 2 (10 days ago), proposed by the provider. */
    void itSupport(UUID contract) {
        // a real pilot, started by the gérante the day after version 1: 3 000 units at most, four months
        at(
                89,
                0,
                () -> as("claire.martin", () -> {
                    lifecycle.startPilot(contract, 3000, LocalDate.now(clock).plusDays(120));
                    return null;
                }));
        UUID backup = at(
                14,
                0,
                () -> as(
                        "marc.petit",
                        () -> requests.propose(
                                contract,
                                new NewChangeRequest(
                                        "Ajout de la sauvegarde externalisée",
                                        "Le pilote a montré que les sauvegardes restaient sur place : un sinistre dans la boutique"
                                                + " les emporterait avec les postes.",
                                        ObjectiveKind.CONTINUITY))));
        at(14, 1, () -> revise("marc.petit", backup, DemoTerms.itSupportV2(), """
                Sauvegarde chiffrée chaque nuit dans un centre de données à Lyon."""));
        // Marc Petit approves it for the provider by submitting it (decision 0033); Claire Martin's approval accepts it
        at(13, 0, () -> submit("marc.petit", backup));
        at(10, 0, () -> approve("claire.martin", backup));
    }

    private void revise(String username, UUID request, Terms terms, String note) {
        run(username, () -> requests.revise(request, requests.detail(request).version(), terms, note));
    }

    private void submit(String username, UUID request) {
        run(username, () -> requests.submit(request, requests.detail(request).version()));
    }

    private void approve(String username, UUID request) {
        run(
                username,
                () -> requests.approve(
                        request, requests.detail(request).latest().number()));
    }

    /** Tells {@code step} as if it were {@code daysAgo} days (and {@code hoursLater} hours) before now. */
    private <T> T at(int daysAgo, int hoursLater, java.util.function.Supplier<T> step) {
        Instant when = clock.instant().minus(Duration.ofDays(daysAgo)).plus(Duration.ofHours(hoursLater));
        return StoryTime.at(when, clock, step);
    }

    private void at(int daysAgo, int hoursLater, Runnable step) {
        at(daysAgo, hoursLater, () -> {
            step.run();
            return null;
        });
    }
}
