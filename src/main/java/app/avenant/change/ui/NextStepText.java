package app.avenant.change.ui;

import app.avenant.change.NextStep;
import app.avenant.change.SideApprovers;
import app.avenant.contract.ui.Labels;
import com.vaadin.flow.component.Component;
import java.util.stream.Collectors;

/** The sentence of a {@link NextStep}: "En attente de l'approbation de Julien Moreau (Compta Services Lyon)". */
final class NextStepText {

    private NextStepText() {}

    static String of(Component c, NextStep step) {
        String key = "changeui.next." + step.kind();
        String person = step.person() == null ? "" : step.person();
        return switch (step.kind()) {
            case DRAFT_OTHER_SIDE, DRAFT_MY_SIDE ->
                c.getTranslation(key, person, step.side() == null ? "" : Labels.side(c, step.side()));
            case CONFLICTS ->
                step.awaited().isEmpty()
                        ? c.getTranslation("changeui.next.CONFLICTS.anyEditor")
                        : c.getTranslation(
                                key,
                                step.awaited().stream()
                                        .map(side -> c.getTranslation(
                                                "changeui.next.people", names(c, side), side.organisation()))
                                        .collect(Collectors.joining(c.getTranslation("changeui.next.or"))));
            case AWAITING_APPROVAL ->
                c.getTranslation(
                        key,
                        step.awaited().stream()
                                .map(side -> approvers(c, side))
                                .collect(Collectors.joining(c.getTranslation("changeui.next.and"))));
            case YOUR_TURN_TO_APPROVE -> c.getTranslation(key, String.valueOf(step.revision()), person);
            case ANSWER_COUNTER, REJECTED, WITHDRAWN -> c.getTranslation(key, person);
            case ACCEPTED -> c.getTranslation(key, Labels.version(c, step.version() == null ? 0 : step.version()));
            case DRAFT_MINE, READY, RESOLVE_CONFLICTS, EMPTY -> c.getTranslation(key);
        };
    }

    /** "de Julien Moreau ou Anne Roy (Compta Services Lyon SAS)", or the side when it has no approver yet. */
    static String approvers(Component c, SideApprovers side) {
        if (side.names().isEmpty()) {
            return c.getTranslation("changeui.next.group.none", Labels.side(c, side.side()));
        }
        return c.getTranslation("changeui.next.group", names(c, side), side.organisation());
    }

    /** "Julien Moreau ou Anne Roy". */
    static String names(Component c, SideApprovers side) {
        return String.join(c.getTranslation("changeui.next.or"), side.names());
    }
}
