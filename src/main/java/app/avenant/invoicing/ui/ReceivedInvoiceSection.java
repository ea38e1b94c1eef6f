package app.avenant.invoicing.ui;

import app.avenant.invoicing.CheckFinding;
import app.avenant.invoicing.CheckVerdict;
import app.avenant.invoicing.CheckedAdjustments;
import app.avenant.invoicing.CheckedLine;
import app.avenant.invoicing.InvoiceRuleException;
import app.avenant.invoicing.Invoices;
import app.avenant.invoicing.ReceivedInvoiceCheck;
import app.avenant.invoicing.ReceivedInvoiceRefusedException;
import app.avenant.invoicing.ReceivedInvoices;
import app.avenant.invoicing.ReceivedInvoices.ReceivedMonth;
import app.avenant.shared.NotFoundException;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.Clicks;
import app.avenant.shared.ui.StaticHtml;
import app.avenant.shared.ui.Tables;
import app.avenant.shared.ui.Uploads;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * « Factures reçues » under a month's statement: the PME files the invoice its provider sent (Factur-X, CII or UBL)
 * and reads, line by line, what agrees with the statement and what does not; a discrepant invoice is told to the
 * provider in a message that lists what differs, and the provider answers under it. Both sides read the same check.
 */
class ReceivedInvoiceSection extends Div {

    private static final Logger log = LoggerFactory.getLogger(ReceivedInvoiceSection.class);
    static final String ACCEPTED = ".pdf,.xml,application/pdf,application/xml,text/xml";

    private final ReceivedInvoices received;
    private final UUID contractId;
    private final java.time.YearMonth month;
    private final Div status = new Div();

    ReceivedInvoiceSection(ReceivedInvoices received, UUID contractId, java.time.YearMonth month, ReceivedMonth shown) {
        this.received = received;
        this.contractId = contractId;
        this.month = month;
        addClassNames("av-section", "av-received-invoices");
        setId("statement-received-invoices");
        status.addClassName("av-received-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        build(shown);
    }

    private void build() {
        build(received.received(contractId, month));
    }

    private void build(ReceivedMonth shown) {
        removeAll();
        add(new H3(getTranslation("invoicing.received.title")));
        String intro = shown.mayFile()
                ? "invoicing.received.intro"
                : shown.clientSide() ? "invoicing.received.intro.reader" : "invoicing.received.intro.provider";
        add(note(intro));
        if (shown.mayFile()) {
            add(upload(), status);
        }
        if (shown.invoices().isEmpty()) {
            add(note("invoicing.received.none"));
        }
        for (ReceivedInvoiceCheck check : shown.invoices()) {
            add(card(check, shown));
        }
    }

    private Upload upload() {
        Upload upload = new Upload(handler());
        upload.setAcceptedFileTypes(ACCEPTED.split(","));
        Uploads.configure(
                upload,
                1,
                ReceivedInvoices.MAX_BYTES,
                getTranslation("invoicing.received.upload"),
                getTranslation("invoicing.received.upload.drop"),
                getTranslation("invoicing.received.upload.one"),
                getTranslation("invoicing.received.error.tooLarge", ReceivedInvoices.MAX_BYTES / (1024 * 1024)),
                getTranslation("invoicing.received.error.notInvoice"));
        upload.addFileRejectedListener(e -> say(e.getErrorMessage(), "av-error"));
        // the outcome is told in words below the upload; its own list (a tick even for a refused file) would
        // contradict it
        upload.addAllFinishedListener(e -> upload.clearFileList());
        return upload;
    }

    /**
     * Reads at most the limit and one byte, files the invoice, then tells the outcome on the UI's thread (the
     * upload's has no UI of its own).
     */
    private UploadHandler handler() {
        return event -> {
            String message;
            boolean refused = true;
            String tone = "av-error";
            Locale locale = event.getUI().getLocale();
            try {
                byte[] bytes = readAtMost(event);
                ReceivedInvoiceCheck check = received.receive(contractId, month, event.getFileName(), bytes);
                message = app.avenant.shared.i18n.Translations.get(
                        locale, "invoicing.received.filed." + check.verdict().name(), check.number());
                refused = false;
                tone = check.verdict() == CheckVerdict.CONFORMING
                        ? "av-success"
                        : check.verdict() == CheckVerdict.DISCREPANCIES ? "av-warning" : "av-hint";
            } catch (ReceivedInvoiceRefusedException e) {
                message = app.avenant.shared.i18n.Translations.get(
                        locale, e.messageKey(), ReceivedTexts.shown(e.args(), locale));
            } catch (AccessDeniedException | NotFoundException e) {
                message = app.avenant.shared.i18n.Translations.get(locale, "invoicing.received.error.denied");
            } catch (RuntimeException e) {
                log.error("A received invoice could not be filed", e);
                message = app.avenant.shared.i18n.Translations.get(locale, "invoicing.received.error.unexpected");
            }
            String shownMessage = message;
            boolean shownRefused = refused;
            String shownTone = tone;
            UI ui = event.getUI();
            ui.access(() -> {
                if (!shownRefused) {
                    build();
                }
                say(shownMessage, shownTone);
            });
        };
    }

    /** At most the limit: a longer file is refused before it is read whole (the browser's limit is a courtesy). */
    private static byte[] readAtMost(UploadEvent event) {
        byte[] bytes = Uploads.readAtMost(event, ReceivedInvoices.MAX_BYTES);
        if (bytes.length > ReceivedInvoices.MAX_BYTES) {
            throw new ReceivedInvoiceRefusedException(
                    ReceivedInvoiceRefusedException.Reason.UNREADABLE,
                    "invoicing.received.error.tooLarge",
                    ReceivedInvoices.MAX_BYTES / (1024 * 1024));
        }
        return bytes;
    }

    /** The outcome beside the upload: refused (error), in line (success), discrepant (warning), waiting (hint). */
    private void say(String message, String tone) {
        status.removeAll();
        Paragraph p = new Paragraph(message);
        p.addClassName(tone);
        status.add(p);
    }

    private Div card(ReceivedInvoiceCheck check, ReceivedMonth shown) {
        Locale locale = getLocale();
        Div card = new Div();
        card.addClassName("av-received");
        card.getElement().setAttribute("data-number", check.number());
        H4 heading = new H4(getTranslation(
                "invoicing.received.heading",
                check.number(),
                Formats.date(check.issueDate(), locale),
                check.sellerName()));
        card.add(heading);
        Div summary = new Div();
        summary.add(verdict(check));
        summary.add(new Paragraph(getTranslation(
                "invoicing.received.totals",
                Formats.money(check.net(), locale),
                Formats.money(check.vat(), locale),
                Formats.money(check.gross(), locale))));
        if (check.cancelled()) {
            summary.add(new Paragraph(getTranslation(
                    "invoicing.received.cancelledBy",
                    check.cancelledBy(),
                    Formats.dateTime(java.util.Objects.requireNonNull(check.cancelledAt()), locale))));
        } else if (check.net().compareTo(check.expectedNet()) != 0) {
            BigDecimal net = check.net().subtract(check.expectedNet());
            BigDecimal gross = check.gross().subtract(check.expectedGross());
            Paragraph gap = new Paragraph(getTranslation(
                    net.signum() > 0 ? "invoicing.received.gap.over" : "invoicing.received.gap.under",
                    Formats.money(net.abs(), locale),
                    Formats.money(gross.abs(), locale)));
            gap.addClassName("av-received-gap");
            summary.add(gap);
        }
        summary.add(new Paragraph(getTranslation(
                check.throughApi() ? "invoicing.received.by.api" : "invoicing.received.by",
                check.receivedBy(),
                Formats.dateTime(check.receivedAt(), locale),
                check.syntax())));
        if (!check.findings().isEmpty()) {
            UnorderedList findings = new UnorderedList();
            findings.addClassName("av-received-findings");
            for (CheckFinding finding : check.findings()) {
                ListItem item = new ListItem(ReceivedTexts.finding(finding, locale));
                item.addClassName(finding.code().discrepancy() ? "av-finding--discrepancy" : "av-finding--note");
                findings.add(item);
            }
            summary.add(findings);
        }
        if (shown.mayFile()
                && !check.cancelled()
                && check.findings().stream().anyMatch(f -> f.code() == CheckFinding.Code.ALREADY_INVOICED)) {
            Paragraph hint = new Paragraph(getTranslation("invoicing.received.hint.twice"));
            hint.addClassName("av-hint");
            summary.add(hint);
        }
        summary.add(lines(check, locale));
        if (!check.remarks().isEmpty()) {
            summary.add(new H4(getTranslation("invoicing.received.remarks")));
            for (ReceivedInvoiceCheck.Remark remark : check.remarks()) {
                Div r = new Div();
                r.addClassName("av-received-remark");
                r.add(new Paragraph(getTranslation(
                        remark.cancellation()
                                ? "invoicing.received.remark.cancelledBy"
                                : "invoicing.received.remark.by",
                        remark.author(),
                        getTranslation(
                                remark.clientSide()
                                        ? "invoicing.received.side.client"
                                        : "invoicing.received.side.provider"),
                        Formats.dateTime(remark.writtenAt(), locale))));
                Paragraph text = new Paragraph(remark.text());
                text.addClassName("av-received-remark-text");
                r.add(text);
                summary.add(r);
            }
        }
        // what only shows is one element (decision 0038); the links and buttons stay components
        card.add(StaticHtml.of(summary));
        Div actions = new Div(download(check));
        actions.addClassName("av-inline");
        if (shown.mayWrite()) {
            actions.add(writeButton(check, shown.clientSide()));
        }
        if (shown.mayFile() && !check.cancelled()) {
            Button cancel = new Button(getTranslation("invoicing.received.cancel"));
            Clicks.on(cancel, () -> openCancel(check));
            actions.add(cancel);
        }
        card.add(actions);
        return card;
    }

    private Span verdict(ReceivedInvoiceCheck check) {
        String tone = switch (check.verdict()) {
            case CONFORMING -> "av-pill--success";
            case DISCREPANCIES -> "av-pill--danger";
            case AWAITING_VALIDATION -> "av-pill--warning";
            case CANCELLED -> "av-pill--neutral";
        };
        String text = check.verdict() == CheckVerdict.DISCREPANCIES
                ? getTranslation("invoicing.received.verdict.DISCREPANCIES", check.discrepancies())
                : getTranslation("invoicing.received.verdict." + check.verdict().name());
        Span pill = new Span(text);
        pill.addClassNames("av-pill", tone, "av-received-verdict");
        return pill;
    }

    private Div lines(ReceivedInvoiceCheck check, Locale locale) {
        String line = getTranslation("invoicing.received.column.line");
        String invoiced = getTranslation("invoicing.received.column.invoiced");
        String expected = getTranslation("invoicing.received.column.expected");
        String outcome = getTranslation("invoicing.received.column.outcome");
        NativeTable table = Tables.table(line, invoiced, expected, outcome);
        table.addClassName("av-check-table");
        for (CheckedLine l : check.lines()) {
            NativeTableRow row = table.getBody().addRow();
            Div label = new Div(new Span(l.label()));
            if (l.invoicedLabel() != null) {
                Span words = new Span(getTranslation("invoicing.received.invoicedAs", l.invoicedLabel()));
                words.addClassName("av-check-words");
                label.add(words);
            }
            row.add(labelled(Tables.cell(label), line));
            row.add(labelled(Tables.numeric(ReceivedTexts.figures(l.invoiced(), locale)), invoiced));
            row.add(labelled(Tables.numeric(ReceivedTexts.figures(l.expected(), locale)), expected));
            Span result = new Span(
                    getTranslation("invoicing.received.outcome." + l.outcome().name()));
            result.addClassNames("av-pill", l.outcome().agrees() ? "av-pill--success" : "av-pill--danger");
            row.add(labelled(Tables.cell(result), outcome));
        }
        CheckedAdjustments a = check.adjustments();
        if (a.expectedCredits().signum() != 0 || a.invoicedCredits().signum() != 0) {
            adjustmentRow(
                    table,
                    "invoicing.received.row.credits",
                    a.invoicedCredits(),
                    a.expectedCredits(),
                    a.creditsAgree(),
                    locale);
        }
        if (a.expectedCharges().signum() != 0 || a.invoicedCharges().signum() != 0) {
            adjustmentRow(
                    table,
                    "invoicing.received.row.charges",
                    a.invoicedCharges(),
                    a.expectedCharges(),
                    a.chargesAgree(),
                    locale);
        }
        Div scroll = new Div(table);
        scroll.addClassName("av-table-scroll");
        return scroll;
    }

    /** Credits (shown negative: they come off) or charges on the whole invoice, against the statement's. */
    private void adjustmentRow(
            NativeTable table, String key, BigDecimal invoiced, BigDecimal expected, boolean agree, Locale locale) {
        boolean credits = key.endsWith("credits");
        NativeTableRow row = table.getBody().addRow();
        row.addClassName("av-check-adjustment");
        row.add(labelled(Tables.cell(new Span(getTranslation(key))), getTranslation("invoicing.received.column.line")));
        row.add(labelled(
                Tables.numeric(Formats.money(credits ? invoiced.negate() : invoiced, locale)),
                getTranslation("invoicing.received.column.invoiced")));
        row.add(labelled(
                Tables.numeric(Formats.money(credits ? expected.negate() : expected, locale)),
                getTranslation("invoicing.received.column.expected")));
        Span result = new Span(
                getTranslation(agree ? "invoicing.received.outcome.AGREES" : "invoicing.received.outcome.AMOUNT"));
        result.addClassNames("av-pill", agree ? "av-pill--success" : "av-pill--danger");
        row.add(labelled(Tables.cell(result), getTranslation("invoicing.received.column.outcome")));
    }

    /** On a phone each cell reads as its column's name over its value (styles: .av-check-table). */
    private static NativeTableCell labelled(NativeTableCell cell, String column) {
        cell.getElement().setAttribute("data-label", column);
        return cell;
    }

    private Anchor download(ReceivedInvoiceCheck check) {
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    Invoices.InvoiceFile file = received.file(contractId, check.id());
                    String type = file.fileName().toLowerCase(Locale.ROOT).endsWith(".pdf")
                            ? InvoiceSection.PDF
                            : "application/xml";
                    return new DownloadResponse(
                            new ByteArrayInputStream(file.content()), file.fileName(), type, file.content().length);
                }),
                getTranslation("invoicing.received.download"));
        download.setTarget(AnchorTarget.BLANK);
        download.addClassName("av-export");
        return download;
    }

    private Button writeButton(ReceivedInvoiceCheck check, boolean clientSide) {
        boolean discrepant = clientSide && check.verdict() == CheckVerdict.DISCREPANCIES;
        String key = clientSide
                ? discrepant ? "invoicing.received.write.discrepancies" : "invoicing.received.write.provider"
                : "invoicing.received.write.client";
        Button write = new Button(getTranslation(key));
        if (discrepant) {
            write.addThemeVariants(ButtonVariant.PRIMARY);
        }
        Clicks.on(write, () -> openWrite(check, clientSide, discrepant));
        return write;
    }

    private void openWrite(ReceivedInvoiceCheck check, boolean clientSide, boolean discrepant) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(
                clientSide ? "invoicing.received.write.title.provider" : "invoicing.received.write.title.client",
                check.number()));
        dialog.setWidth("40rem");
        dialog.setMaxWidth("100%");
        TextArea text = new TextArea(getTranslation("invoicing.received.write.text"));
        text.setWidthFull();
        text.setMinHeight("12rem");
        text.setMaxLength(2000);
        text.setRequired(true);
        text.setHelperText(getTranslation(
                discrepant
                        ? "invoicing.received.write.help.proposed"
                        : clientSide
                                ? "invoicing.received.write.help.provider"
                                : "invoicing.received.write.help.client"));
        if (discrepant) {
            text.setValue(ReceivedTexts.discrepancies(check, getLocale()));
        }
        dialog.add(text);
        Button send = new Button(getTranslation("invoicing.received.write.send"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        Clicks.on(send, () -> {
            if (text.getValue().isBlank()) {
                text.setErrorMessage(getTranslation("invoicing.received.remark.length", 2000));
                text.setInvalid(true);
                text.focus();
                return;
            }
            try {
                received.remark(contractId, check.id(), text.getValue());
            } catch (InvoiceRuleException e) {
                text.setErrorMessage(getTranslation(e.messageKey(), e.args()));
                text.setInvalid(true);
                return;
            }
            dialog.close();
            Notification.show(
                            getTranslation(
                                    clientSide
                                            ? "invoicing.received.write.sent.provider"
                                            : "invoicing.received.write.sent.client"),
                            5000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            build();
        });
        Button cancel = new Button(getTranslation("invoicing.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, send);
        dialog.open();
        text.focus();
    }

    /** Marks the invoice cancelled by a credit note, after asking which (the provider reads it). */
    private void openCancel(ReceivedInvoiceCheck check) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("invoicing.received.cancel.title", check.number()));
        dialog.setWidth("36rem");
        dialog.setMaxWidth("100%");
        Paragraph why = new Paragraph(getTranslation("invoicing.received.cancel.intro"));
        why.addClassName("av-hint");
        TextArea reason = new TextArea(getTranslation("invoicing.received.cancel.reason"));
        reason.setWidthFull();
        reason.setMaxLength(2000);
        reason.setRequired(true);
        reason.setHelperText(getTranslation("invoicing.received.cancel.help"));
        dialog.add(why, reason);
        Button confirm = new Button(getTranslation("invoicing.received.cancel.confirm"));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        Clicks.on(confirm, () -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("invoicing.received.cancel.required"));
                reason.setInvalid(true);
                reason.focus();
                return;
            }
            try {
                received.cancel(contractId, check.id(), reason.getValue());
            } catch (InvoiceRuleException e) {
                reason.setErrorMessage(getTranslation(e.messageKey(), e.args()));
                reason.setInvalid(true);
                return;
            }
            dialog.close();
            Notification.show(
                            getTranslation("invoicing.received.cancel.done", check.number()),
                            5000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            build();
        });
        Button keep = new Button(getTranslation("invoicing.cancel"), e -> dialog.close());
        dialog.getFooter().add(keep, confirm);
        dialog.open();
        reason.focus();
    }

    private Paragraph note(String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.addClassName("av-hint");
        return p;
    }
}
