package app.avenant.performance.ui;

import app.avenant.contract.ContractRole;
import app.avenant.contract.Side;
import app.avenant.performance.MonthlyStatement;
import app.avenant.performance.StatementRevision;
import app.avenant.performance.StatementRuleException;
import app.avenant.performance.StatementStatus;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.Clicks;
import app.avenant.shared.ui.Tables;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Instant;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * Who validated the month and what remains: the caller's side approver validates an ended month (after a
 * confirmation: both validations lock it), reopens a locked one with a reason; below, every revision with
 * who opened it, why, both validations and the total locked.
 */
class StatementValidationSection extends Composite<Section> {

    /** The service calls behind the buttons; each may throw {@link StatementRuleException}. */
    interface Actions {
        void validate(int revision);

        void reopen(String reason);
    }

    final @Nullable Button validate;
    final @Nullable Button reopen;
    final Paragraph error = new Paragraph();

    /** @param invoiced the provider issued the month's invoice from it: it is final, not reopened */
    StatementValidationSection(
            MonthlyStatement statement, ContractRole role, YearMonth month, boolean invoiced, Actions actions) {
        Section root = getContent();
        root.setId("statement-validation");
        root.addClassName("av-statement-section");
        root.add(new H3(getTranslation("performance.statementui.validation.title")));
        error.addClassNames("av-field-error", "av-statement-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        StatementRevision current = statement.current();
        boolean locked = statement.status() == StatementStatus.LOCKED;
        boolean sideValidated = role.side() == Side.CLIENT
                ? current.clientValidatedBy() != null
                : current.providerValidatedBy() != null;
        Button validateButton = null;
        Button reopenButton = null;
        Div actionsBar = new Div();
        actionsBar.addClassName("av-statement-actions");
        if (locked && invoiced) {
            Paragraph finalNote = new Paragraph(getTranslation("performance.statementui.invoiced"));
            finalNote.addClassName("av-hint");
            actionsBar.add(finalNote);
        } else if (role.canApprove() && locked) {
            reopenButton = new Button(getTranslation("performance.statementui.reopen"), VaadinIcon.UNLOCK.create());
            reopenButton.setId("statement-reopen");
            reopenButton.addClickListener(e ->
                    new StatementReopenDialog(month, reason -> run(() -> actions.reopen(reason))).open());
            actionsBar.add(reopenButton);
        } else if (role.canApprove() && !sideValidated) {
            validateButton = new Button(
                    getTranslation(
                            role.side() == Side.CLIENT
                                    ? "performance.statementui.validate.client"
                                    : "performance.statementui.validate.provider"),
                    VaadinIcon.CHECK.create());
            validateButton.setId("statement-validate");
            validateButton.addThemeVariants(ButtonVariant.PRIMARY);
            actionsBar.add(validateButton);
            if (statement.monthEnded()) {
                int revision = current.number();
                Clicks.on(
                        validateButton,
                        () -> new StatementConfirmDialog(
                                        getTranslation(
                                                "performance.statementui.validate.confirm.title",
                                                StatementTexts.month(this, month)),
                                        getTranslation("performance.statementui.validate.confirm.text"),
                                        getTranslation("performance.statementui.validate.confirm.action"),
                                        () -> run(() -> actions.validate(revision)))
                                .open());
            } else {
                validateButton.setEnabled(false);
                Span why = new Span(getTranslation(
                        "performance.statementui.validate.notEnded",
                        Formats.date(month.plusMonths(1).atDay(1), getLocale())));
                why.setId("statement-validate-why");
                why.addClassName("av-hint");
                validateButton.getElement().setAttribute("aria-describedby", "statement-validate-why");
                actionsBar.add(why);
            }
        } else if (role.canApprove()) {
            Span waiting = new Span(getTranslation("performance.statementui.validate.waitingOther"));
            waiting.addClassName("av-hint");
            actionsBar.add(waiting);
        } else if (!locked) {
            Span who = new Span(getTranslation("performance.statementui.validate.approversOnly"));
            who.addClassName("av-hint");
            actionsBar.add(who);
        }
        this.validate = validateButton;
        this.reopen = reopenButton;
        root.add(
                actionsBar,
                error,
                new H4(getTranslation("performance.statementui.revisions.title")),
                revisions(statement));
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (StatementRuleException e) {
            error.setText(getTranslation(e.code()));
            error.setVisible(true);
        }
    }

    private NativeTable revisions(MonthlyStatement statement) {
        NativeTable table = Tables.table(
                getTranslation("performance.statementui.revisions.number"),
                getTranslation("performance.statementui.revisions.openedBy"),
                getTranslation("performance.statementui.revisions.reason"),
                getTranslation("performance.statementui.revisions.client"),
                getTranslation("performance.statementui.revisions.provider"),
                getTranslation("performance.statementui.revisions.locked"));
        table.setId("statement-revisions");
        table.addClassName("av-statement-revisions");
        for (StatementRevision revision : statement.revisions()) {
            NativeTableRow row = table.getBody().addRow();
            row.add(
                    Tables.numeric(String.valueOf(revision.number())),
                    new NativeTableCell(
                            revision.openedBy() == null
                                    ? getTranslation("performance.statementui.revisions.automatic")
                                    : who(revision.openedBy(), revision.openedAt())),
                    new NativeTableCell(revision.reason() == null ? "—" : revision.reason()),
                    new NativeTableCell(validation(revision.clientValidatedBy(), revision.clientValidatedAt())),
                    new NativeTableCell(validation(revision.providerValidatedBy(), revision.providerValidatedAt())),
                    Tables.numeric(
                            revision.lockedTotalDue() == null
                                    ? "—"
                                    : StatementTexts.money(this, revision.lockedTotalDue())));
        }
        return table;
    }

    private String validation(@Nullable String name, @Nullable Instant at) {
        return name == null ? getTranslation("performance.statementui.revisions.notYet") : who(name, at);
    }

    /** "Claire Martin, le 02/11/2026 09:14". */
    private String who(String name, @Nullable Instant at) {
        return at == null
                ? name
                : getTranslation("performance.statementui.revisions.byOn", name, Formats.dateTime(at, getLocale()));
    }
}
