package app.avenant.change.ui.editor;

import app.avenant.contract.terms.Readiness;
import app.avenant.contract.terms.Terms;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * « Prêt à proposer ? »: what the saved draft still lacks before the other side is asked to approve it (objectives,
 * described and documented scope items, volumes, a critical service level). Advice, never a block: valid terms can
 * be proposed as they are.
 */
public class ReadinessPanel extends Composite<Details> {

    public ReadinessPanel(Terms terms) {
        Details details = getContent();
        details.setId("readiness");
        details.addClassName("av-readiness");
        List<Readiness.Gap> gaps = Readiness.of(terms);
        details.setSummaryText(
                gaps.isEmpty()
                        ? getTranslation("terms.readiness.ready")
                        : getTranslation("terms.readiness.gaps", gaps.size()));
        if (gaps.isEmpty()) {
            details.add(new Paragraph(getTranslation("terms.readiness.ready.text")));
            return;
        }
        details.setOpened(true);
        UnorderedList list = new UnorderedList();
        for (Readiness.Gap gap : gaps) {
            Span mark = new Span("✗ ");
            mark.getElement().setAttribute("aria-hidden", "true");
            mark.addClassName("av-check-missing");
            list.add(new ListItem(mark, new Span(getTranslation("terms.readiness." + gap.code(), gap.detail()))));
        }
        details.add(list);
    }
}
