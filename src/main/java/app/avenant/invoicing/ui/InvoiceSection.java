package app.avenant.invoicing.ui;

import app.avenant.invoicing.InvoicePreview;
import app.avenant.invoicing.InvoiceRuleException;
import app.avenant.invoicing.InvoiceStatus;
import app.avenant.invoicing.Invoices;
import app.avenant.invoicing.IssuedInvoice;
import app.avenant.invoicing.PaymentTerms;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.Clicks;
import app.avenant.shared.ui.StaticHtml;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * « Facture électronique » under a month's statement. Both sides read whether the month is invoiced and download the
 * Factur-X. The provider's approvers choose the VAT rate and payment terms, see the invoice's totals and what is
 * missing (the parties' legal identities), then issue it after confirming: an issued invoice takes the next number
 * and cannot be withdrawn.
 */
class InvoiceSection extends Div {

    static final String PDF = "application/pdf";

    private final Invoices invoices;
    private final UUID contractId;
    private final YearMonth month;
    private final Runnable refresh;

    /**
     * @param validated both sides validated the month: only then can its invoice be issued
     * @param received  the numbers of the month's invoices received and not cancelled: the month is invoiced
     */
    InvoiceSection(
            Invoices invoices,
            UUID contractId,
            YearMonth month,
            boolean validated,
            Runnable refresh,
            List<String> received) {
        this.invoices = invoices;
        this.contractId = contractId;
        this.month = month;
        this.refresh = refresh;
        addClassNames("av-section", "av-invoice");
        setId("statement-invoice");
        add(new H3(getTranslation("invoicing.title")));
        InvoiceStatus status = invoices.status(contractId, month);
        IssuedInvoice issued = status.issued();
        if (issued != null) {
            showIssued(issued);
        } else if (!received.isEmpty()) {
            // invoiced outside Avenant: nothing to issue here, and the client's side reads it below
            add(
                    status.providerSide()
                            ? new Paragraph(getTranslation(
                                    "invoicing.none.provider.received", String.join(", ", received), received.size()))
                            : new Paragraph(getTranslation("invoicing.none.received")));
        } else if (status.mayIssue() && validated) {
            showIssueForm(status);
        } else if (status.mayIssue()) {
            add(note("invoicing.notYet"));
        } else {
            // who issues it and whether the month is ready, in the reader's words
            String key = status.providerSide() ? "invoicing.none.provider" : "invoicing.none";
            add(note(validated ? key + ".validated" : key));
        }
    }

    private void showIssued(IssuedInvoice issued) {
        Locale locale = getLocale();
        add(new Paragraph(getTranslation(
                "invoicing.issued",
                issued.number(),
                Formats.date(issued.issueDate(), locale),
                issued.issuedBy(),
                Formats.money(issued.gross(), locale),
                Formats.money(issued.net(), locale),
                Formats.date(issued.dueDate(), locale))));
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    Invoices.InvoiceFile file = invoices.file(contractId, month);
                    return new DownloadResponse(
                            new ByteArrayInputStream(file.content()), file.fileName(), PDF, file.content().length);
                }),
                getTranslation("invoicing.download"));
        download.setTarget(AnchorTarget.BLANK);
        download.addClassName("av-export");
        add(download, note("invoicing.download.help"));
    }

    private void showIssueForm(InvoiceStatus status) {
        add(note("invoicing.intro"));
        Select<BigDecimal> rate = new Select<>();
        rate.setLabel(getTranslation("invoicing.vatRate"));
        rate.setItems(Invoices.FRENCH_VAT_RATES);
        rate.setItemLabelGenerator(r -> Formats.percent(r, getLocale()));
        rate.setValue(Invoices.FRENCH_VAT_RATES.stream()
                .filter(r -> r.compareTo(status.vatRate()) == 0)
                .findFirst()
                .orElse(Invoices.FRENCH_VAT_RATES.getFirst()));
        rate.setHelperText(getTranslation("invoicing.vatRate.help"));
        rate.setWidth("10rem");
        Select<PaymentTerms> terms = new Select<>();
        terms.setLabel(getTranslation("invoicing.terms"));
        terms.setItems(PaymentTerms.values());
        terms.setItemLabelGenerator(t -> getTranslation("invoicing.terms." + t.name()));
        terms.setValue(status.terms());
        terms.setHelperText(getTranslation("invoicing.terms.help"));
        terms.setWidth("20rem");
        terms.setMaxWidth("100%");
        Button prepare = new Button(getTranslation("invoicing.prepare"));
        prepare.addThemeVariants(ButtonVariant.PRIMARY);
        Clicks.on(prepare, () -> preview(rate.getValue(), terms.getValue()));
        Div form = new Div(rate, terms, prepare);
        form.addClassName("av-invoice-form");
        add(form);
    }

    private void preview(BigDecimal vatRate, PaymentTerms terms) {
        InvoicePreview preview;
        try {
            preview = invoices.preview(contractId, month, vatRate, terms);
        } catch (InvoiceRuleException refused) {
            error(getTranslation(refused.messageKey(), refused.args()));
            return;
        }
        Locale locale = getLocale();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("invoicing.preview.title"));
        dialog.setWidth("34rem");
        dialog.setMaxWidth("100%");
        Div body = new Div();
        DescriptionList totals = new DescriptionList();
        totals.addClassName("av-invoice-totals");
        if (preview.adjustments().signum() != 0) {
            row(totals, getTranslation("invoicing.preview.lineTotal"), Formats.money(preview.lineTotal(), locale));
            row(totals, getTranslation("invoicing.preview.adjustments"), Formats.money(preview.adjustments(), locale));
        }
        row(totals, getTranslation("invoicing.preview.net"), Formats.money(preview.net(), locale));
        row(
                totals,
                getTranslation("invoicing.preview.vat", Formats.percent(preview.vatRate(), locale)),
                Formats.money(preview.vat(), locale));
        row(totals, getTranslation("invoicing.preview.gross"), Formats.money(preview.gross(), locale));
        row(totals, getTranslation("invoicing.preview.due"), Formats.date(preview.dueDate(), locale));
        // figures that only show: one element of HTML, escaped by the renderer (decision 0038)
        body.add(StaticHtml.of(totals));
        body.add(new Paragraph(getTranslation(
                preview.adjustments().signum() == 0 ? "invoicing.preview.lines" : "invoicing.preview.lines.credits",
                preview.lines())));
        Button issue = new Button(getTranslation("invoicing.issue"));
        issue.addThemeVariants(ButtonVariant.PRIMARY);
        // one invoice per click: a second click while the first is issued would only be refused
        issue.setDisableOnClick(true);
        if (preview.missing().isEmpty()) {
            body.add(note("invoicing.preview.final"));
            Clicks.on(issue, () -> issue(dialog, vatRate, terms));
        } else {
            for (String missing : preview.missing()) {
                Paragraph p = new Paragraph(getTranslation(missing));
                p.addClassName("av-error");
                body.add(p);
            }
            issue.setEnabled(false);
        }
        dialog.add(body);
        Button cancel = new Button(getTranslation("invoicing.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, issue);
        dialog.open();
    }

    private void issue(Dialog dialog, BigDecimal vatRate, PaymentTerms terms) {
        try {
            IssuedInvoice issued = invoices.issue(contractId, month, vatRate, terms);
            dialog.close();
            Notification.show(
                            getTranslation("invoicing.issued.done", issued.number()),
                            5000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            refresh.run();
        } catch (InvoiceRuleException refused) {
            dialog.close();
            error(getTranslation(refused.messageKey(), refused.args()));
            refresh.run();
        }
    }

    private static void row(DescriptionList list, String label, String value) {
        list.add(new DescriptionList.Term(label), new DescriptionList.Description(value));
    }

    private Paragraph note(String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.addClassName("av-hint");
        return p;
    }

    private static void error(String message) {
        Notification.show(message, 7000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
    }
}
