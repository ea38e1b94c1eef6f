package app.avenant.governance.ui;

import static app.avenant.shared.ui.Tables.cell;

import app.avenant.contract.Member;
import app.avenant.contract.ui.ContractNavigation;
import app.avenant.governance.MeetingPack;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.Routes;
import app.avenant.shared.ui.Tables;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;

/** Who has access to the contract, both sides: the comité re-certifies it, the access review screen acts on it. */
class PackAccessSection extends Composite<Div> {

    final Anchor accessReview;

    PackAccessSection(MeetingPack pack) {
        Div root = getContent();
        root.addClassNames("av-pack-section", "av-pack-access");
        accessReview =
                Routes.link(ContractNavigation.accessReview(pack.contractId()), t("governance.pack.access.link"));
        root.add(
                new H3(t("governance.pack.access.title")),
                new Paragraph(t("governance.pack.access.intro")),
                accessReview);
        if (pack.accessList().isEmpty()) {
            root.add(new Paragraph(t("governance.pack.access.empty")));
            return;
        }
        NativeTable table = Tables.table(
                t("governance.pack.access.column.name"),
                t("governance.pack.access.column.organisation"),
                t("governance.pack.access.column.role"),
                t("governance.pack.access.column.since"),
                t("governance.pack.access.column.contact"));
        table.addClassName("av-pack-members");
        for (Member member : pack.accessList()) {
            table.getBody()
                    .addRow()
                    .add(
                            cell(new Span(member.displayName())),
                            cell(new Span(member.organisationName())),
                            cell(new Span(t("contract.role." + member.role().name()))),
                            cell(new Span(
                                    Formats.date(LocalDate.ofInstant(member.since(), Formats.PARIS), getLocale()))),
                            cell(new Span(t(
                                    member.contactPerson()
                                            ? "governance.pack.access.contact.yes"
                                            : "governance.pack.access.contact.no"))));
        }
        root.add(table);
    }

    private String t(String key) {
        return getTranslation(key);
    }
}
