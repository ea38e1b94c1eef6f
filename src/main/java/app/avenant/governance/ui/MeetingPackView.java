package app.avenant.governance.ui;

import app.avenant.governance.AccessRegister;
import app.avenant.governance.MeetingPack;
import app.avenant.governance.MeetingPack.PackPeriod;
import app.avenant.governance.MeetingPacks;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.Clicks;
import app.avenant.shared.ui.ContractPageFrame;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The dossier de séance of one comité, for any member of its contract: performance of the period, what is
 * still open, the access list to re-certify and the previous comité's decisions. Printable (the browser's
 * print dialog also saves it as PDF).
 */
@Route("reviews/:reviewId/pack")
@PermitAll
@StyleSheet(ReviewsView.CONTRACT_STYLESHEET)
@StyleSheet(ReviewsView.STYLESHEET)
@StyleSheet(MeetingPackView.STYLESHEET)
public class MeetingPackView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    static final String STYLESHEET = "context://styles/governance-pack.css";

    private final MeetingPacks packs;
    private final AccessRegister register;
    private final Clock clock;
    final Button print = new Button();

    @Nullable
    PackAccessSection access;

    @Nullable
    PackRegisterSection registerSection;

    private String pageTitle = "";

    public MeetingPackView(MeetingPacks packs, AccessRegister register, Clock clock) {
        this.packs = packs;
        this.register = register;
        this.clock = clock;
        getContent().addClassName("av-pack");
        print.setText(getTranslation("governance.pack.print"));
        print.setIcon(VaadinIcon.PRINT.create());
        Clicks.on(print, () -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        getContent().removeAll();
        access = null;
        registerSection = null;
        Optional<MeetingPack> pack = ContractPageFrame.load(event, ReviewView.REVIEW_ID, packs::pack);
        if (pack.isEmpty()) {
            pageTitle = getTranslation("governance.notFound.title");
            getContent().add(new GovernanceNotFound());
            return;
        }
        show(pack.get());
    }

    private void show(MeetingPack pack) {
        String when = Formats.dateTime(pack.startsAt(), getLocale());
        pageTitle = getTranslation("governance.pack.title", when);
        Anchor back = GovernanceNavigation.link(
                GovernanceNavigation.review(pack.reviewId()), "← " + getTranslation("governance.pack.back"));
        back.addClassName("av-back");
        PackPeriod period = pack.period();
        String from = PackTexts.month(period.from(), getLocale());
        Paragraph covered = new Paragraph(
                period.months() == 1
                        ? getTranslation("governance.pack.period.single", from)
                        : getTranslation("governance.pack.period", from, PackTexts.month(period.to(), getLocale())));
        covered.addClassName("av-pack-period");
        access = new PackAccessSection(pack);
        registerSection = new PackRegisterSection(pack, register, clock, () -> reload(pack.reviewId()));
        getContent()
                .add(
                        back,
                        new H2(pageTitle),
                        ReviewLabels.status(this, pack.status()),
                        covered,
                        print,
                        new PackPerformanceSection(pack),
                        new PackFollowUpSection(pack),
                        access,
                        registerSection,
                        new PackPreviousSection(pack));
    }

    private void reload(UUID reviewId) {
        getContent().removeAll();
        show(packs.pack(reviewId));
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
