package app.avenant.governance.ui;

import app.avenant.governance.AccessRegister;
import app.avenant.governance.GovernanceRuleException;
import app.avenant.governance.MeetingPack;
import app.avenant.governance.RegisterSummary;
import app.avenant.governance.ReviewStatus;
import app.avenant.shared.ui.Clicks;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.time.Clock;

/**
 * The access register and the RGPD article 28 checklist, reviewed at each comité: the summary, a link to
 * the register, and "reviewed at this comité" for those the register lets mark it.
 */
class PackRegisterSection extends Composite<Div> {

    final Span reviewStatus = new Span();
    final Button markReviewed = new Button();

    PackRegisterSection(MeetingPack pack, AccessRegister register, Clock clock, Runnable reload) {
        Div root = getContent();
        root.addClassNames("av-pack-section", "av-pack-register");
        RegisterSummary s = pack.register();
        Anchor link = GovernanceNavigation.link(
                GovernanceNavigation.register(pack.contractId()), getTranslation("governance.register.link"));
        reviewStatus.setText(RegisterTexts.reviewText(this, getLocale(), s));
        reviewStatus.addClassName(s.reviewOutdated() ? "av-register-outdated" : "av-register-uptodate");
        root.add(
                new H3(getTranslation("governance.pack.register.title")),
                new Paragraph(RegisterTexts.entries(this, s)),
                new Paragraph(RegisterTexts.personalData(this, s)),
                new Paragraph(RegisterTexts.checklist(this, s)),
                new Paragraph(reviewStatus),
                link);
        markReviewed.setText(getTranslation("governance.pack.register.markReviewed"));
        // only once the comité has started: the register is gone through during the meeting
        markReviewed.setVisible(s.canMarkReviewed()
                && (pack.status() == ReviewStatus.HELD || !pack.startsAt().isAfter(clock.instant())));
        Clicks.on(markReviewed, () -> {
            try {
                register.markReviewed(pack.contractId(), pack.reviewId());
                Notification.show(getTranslation("governance.register.markReviewed.saved"));
                reload.run();
            } catch (GovernanceRuleException e) {
                Notification.show(getTranslation(e.messageKey()));
            }
        });
        root.add(markReviewed);
    }
}
