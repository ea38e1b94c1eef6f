package app.avenant.governance.ui;

import app.avenant.contract.ContractNotFoundException;
import app.avenant.governance.AccessRegister;
import app.avenant.governance.GovernanceRuleException;
import app.avenant.governance.ReviewStatus;
import app.avenant.governance.ReviewSummary;
import app.avenant.governance.Reviews;
import app.avenant.shared.format.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Marquer comme revu en comité": now, by the caller, at which comité (the latest that has started is
 * proposed; "hors comité" is allowed, as when the register is checked between two meetings).
 */
class MarkReviewedDialog extends Dialog {

    /** Enough to find the comité of the day among the latest ones; older meetings are not reviewed after the fact. */
    static final int RECENT_REVIEWS = 20;

    final Select<ReviewSummary> review = new Select<>();
    final Button save = new Button();

    MarkReviewedDialog(AccessRegister register, Reviews reviews, UUID contractId, Runnable onSaved) {
        setHeaderTitle(getTranslation("governance.register.markReviewed"));
        addClassName("av-register-reviewed-dialog");
        List<ReviewSummary> recent = reviews.list(contractId, 0, RECENT_REVIEWS);
        review.setLabel(getTranslation("governance.register.markReviewed.review"));
        // the register is gone through at a comité that has taken place (the service refuses one still to come)
        review.setItems(recent.stream()
                .filter(r -> !r.upcoming() || r.status() == ReviewStatus.HELD)
                .toList());
        review.setEmptySelectionAllowed(true);
        review.setEmptySelectionCaption(getTranslation("governance.register.markReviewed.none"));
        review.setItemLabelGenerator(r -> r == null
                ? getTranslation("governance.register.markReviewed.none")
                : Formats.dateTime(r.startsAt(), getLocale()) + " — " + ReviewLabels.firstLine(r.agenda()));
        recent.stream().filter(r -> !r.upcoming()).findFirst().ifPresent(review::setValue);
        review.setWidthFull();
        add(new Paragraph(getTranslation("governance.register.markReviewed.text")), review);

        save.setText(getTranslation("governance.register.markReviewed.ok"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save(register, contractId, onSaved));
        getFooter().add(new Button(getTranslation("shared.cancel"), e -> close()), save);
    }

    private void save(AccessRegister register, UUID contractId, Runnable onSaved) {
        @Nullable ReviewSummary chosen = review.getValue();
        try {
            register.markReviewed(contractId, chosen == null ? null : chosen.id());
            close();
            Notification.show(getTranslation("governance.register.markReviewed.saved"))
                    .addThemeVariants(NotificationVariant.SUCCESS);
            onSaved.run();
        } catch (GovernanceRuleException e) {
            review.setErrorMessage(getTranslation(e.messageKey()));
            review.setInvalid(true);
        } catch (AccessDeniedException | ContractNotFoundException e) {
            Notification.show(getTranslation("governance.error.denied")).addThemeVariants(NotificationVariant.ERROR);
            close();
        }
    }
}
