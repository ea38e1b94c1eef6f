package app.avenant.contract.ui;

import app.avenant.contract.terms.ScopeAttachment;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.shared.ui.DocumentLinks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Tab "Périmètre": one card per scope item with what makes it well defined, a readiness badge listing what
 * is missing, and the flag of decisions the PME keeps.
 */
class ScopeTab extends Composite<Div> {

    private final ProposeChange propose;
    private final UUID contractId;

    ScopeTab(UUID contractId, List<ScopeItem> items, ProposeChange propose) {
        this.contractId = contractId;
        this.propose = propose;
        Div root = getContent();
        root.addClassName("av-tab");
        if (items.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("contract.scope.empty"));
            empty.addClassName("av-empty");
            root.add(empty);
            return;
        }
        for (ScopeItem item : items) {
            root.add(card(item));
        }
    }

    private Component card(ScopeItem item) {
        Div card = new Div();
        card.addClassNames("av-card", "av-scope-item");
        Div badges = new Div(readiness(item));
        badges.addClassName("av-badges");
        if (item.retainedDecision()) {
            Pill retained = new Pill(getTranslation("contract.scope.retained"), Pill.Tone.INFO);
            retained.setTitle(getTranslation("contract.scope.retained.hint"));
            badges.add(retained);
        }
        card.add(new H3(item.title()), badges);
        card.add(new Facts()
                .add(getTranslation("contract.scope.description"), textOrMissing(item.description()))
                .add(getTranslation("contract.scope.acceptance"), textOrMissing(item.acceptanceCriteria()))
                .add(getTranslation("contract.scope.unit"), textOrMissing(item.unitOfMeasure()))
                .add(getTranslation("contract.scope.documentation"), documentation(item.documentationUrl()))
                .add(getTranslation("terms.field.scope.attachments"), attachments(item)));
        propose.link("SCOPE:" + item.key()).ifPresent(card::add);
        return card;
    }

    private Component readiness(ScopeItem item) {
        if (item.isReady()) {
            return new Pill(getTranslation("contract.scope.ready"), Pill.Tone.SUCCESS);
        }
        List<String> missing = new ArrayList<>();
        if (item.description().isBlank()) {
            missing.add(getTranslation("contract.scope.missing.description"));
        }
        if (item.acceptanceCriteria().isBlank()) {
            missing.add(getTranslation("contract.scope.missing.acceptance"));
        }
        if (item.unitOfMeasure().isBlank()) {
            missing.add(getTranslation("contract.scope.missing.unit"));
        }
        if (item.documentationUrl().isBlank() && item.attachments().isEmpty()) {
            missing.add(getTranslation("contract.scope.missing.documentation"));
        }
        return new Pill(
                getTranslation("contract.scope.incomplete.detail", String.join(", ", missing)), Pill.Tone.WARNING);
    }

    private Component textOrMissing(String text) {
        if (text.isBlank()) {
            Span missing = new Span(getTranslation("contract.scope.missing"));
            missing.addClassName("av-missing");
            return missing;
        }
        Span value = new Span(text);
        value.addClassName("av-multiline");
        return value;
    }

    /** The documents this version attaches to the task, each a download (audited). */
    private Component attachments(ScopeItem item) {
        if (item.attachments().isEmpty()) {
            Span none = new Span(getTranslation("contract.scope.attachments.none"));
            none.addClassName("av-hint");
            return none;
        }
        Div list = new Div();
        list.addClassName("av-scope-documents");
        for (ScopeAttachment document : item.attachments()) {
            Anchor link = DocumentLinks.plainDownload(
                    DocumentLinks.scopeFileUrl(contractId, document.sha256()), document.fileName());
            list.add(new Div(link));
        }
        return list;
    }

    /** Only web links become links: a "javascript:" or other scheme is shown as plain text. */
    private Component documentation(String url) {
        if (url.isBlank()) {
            return textOrMissing(url);
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
            return new Span(url);
        }
        Anchor link = new Anchor(url.strip(), url.strip(), AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        link.setTitle(getTranslation("contract.scope.documentation.open"));
        return link;
    }
}
