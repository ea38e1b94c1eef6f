package app.avenant.consultation;

import app.avenant.contract.Activity;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.terms.Terms;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The need a PME describes once and puts to one to three providers.
 *
 * @param title       what is outsourced, 1 to 200 characters; the contract's title once an offer is chosen
 * @param activity    the kind of work (saisie comptable, paie…)
 * @param serves      the objective the outsourcing serves first (the first change request's)
 * @param need        scope items, expected volumes (each volume item's baseline and seasonal profile give the
 *                    units expected month by month), the service levels wanted, with a suggested price the
 *                    providers replace with theirs
 * @param answerBy    last day to answer, after today
 * @param questions   the security questions asked
 * @param providerIds one to three provider organisations, distinct
 */
public record NewConsultation(
        String title,
        Activity activity,
        ObjectiveKind serves,
        Terms need,
        LocalDate answerBy,
        Set<SecurityQuestion> questions,
        List<UUID> providerIds) {

    public static final int TITLE_MAX = 200;
    public static final int MAX_PROVIDERS = 3;

    public NewConsultation {
        questions = Set.copyOf(questions);
        providerIds = List.copyOf(providerIds);
    }
}
