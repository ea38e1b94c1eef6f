package app.avenant.mail.ui;

import app.avenant.identity.MailDelivery;
import app.avenant.identity.UserValidationException;
import app.avenant.identity.Users;
import app.avenant.mail.Delivery;
import app.avenant.mail.MailPreferences;
import app.avenant.mail.MailTopic;
import app.avenant.mail.outbox.MailLinks;
import app.avenant.shared.ui.LeaveWithoutSaving;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * "Mes courriels": where Avenant writes to the caller, and for each topic whether immediately, in the morning's
 * summary or never. Address and choices are saved together; a refused address is said next to its field and
 * nothing is saved.
 */
@Route(MailLinks.SETTINGS_ROUTE)
@PermitAll
public class MailSettingsView extends VerticalLayout implements HasDynamicTitle, BeforeLeaveObserver {

    private final MailPreferences preferences;
    final EmailField email = new EmailField();
    final Paragraph missing = new Paragraph();
    final Map<MailTopic, RadioButtonGroup<Delivery>> choices = new EnumMap<>(MailTopic.class);
    final Button save = new Button();
    /** Changed since shown or saved: leaving asks first. */
    boolean dirty;

    MailSettingsView(MailPreferences preferences, Users users, MailDelivery mail) {
        this.preferences = preferences;
        addClassName("mail-settings-view");
        setMaxWidth("52rem");

        email.setLabel(getTranslation("mail.settings.email"));
        email.setHelperText(getTranslation("mail.settings.email.help"));
        email.setWidth("min(28rem, 100%)");
        email.setManualValidation(true); // the service's words, next to the field
        email.setValue(users.myEmail().orElse(""));
        email.addValueChangeListener(change -> {
            showMissing();
            dirty = true;
        });
        missing.setText(getTranslation("mail.settings.email.missing"));
        missing.addClassName("mail-settings-missing");

        add(new H2(getTranslation("mail.settings.title")), new Paragraph(getTranslation("mail.settings.intro")));
        if (!mail.mailLeaves()) {
            Paragraph noServer = new Paragraph(getTranslation("mail.settings.noServer"));
            noServer.addClassName("mail-settings-no-server");
            noServer.getStyle()
                    .set("background", "var(--lumo-contrast-5pct)")
                    .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                    .set("border-radius", "var(--lumo-border-radius-m)");
            add(noServer);
        }
        add(email, missing);
        Map<MailTopic, Delivery> mine = preferences.mine();
        for (MailTopic topic : MailTopic.all()) {
            RadioButtonGroup<Delivery> group = new RadioButtonGroup<>(getTranslation("mail.topic." + topic));
            group.setItems(List.of(Delivery.values()));
            group.setItemLabelGenerator(delivery -> getTranslation("mail.delivery." + delivery));
            group.setHelperText(getTranslation("mail.topic." + topic + ".help"));
            group.setValue(mine.get(topic));
            group.addValueChangeListener(change -> dirty = true);
            group.addClassName("mail-topic-" + topic.name().toLowerCase(java.util.Locale.ROOT));
            choices.put(topic, group);
            add(group);
        }
        add(new Paragraph(getTranslation("mail.settings.digest")));
        save.setText(getTranslation("mail.settings.save"));
        save.addClickListener(click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        add(save);
        showMissing();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.settings.title") + " — Avenant";
    }

    /** Unsaved choices are not lost without a word: leaving asks first. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
            return;
        }
        LeaveWithoutSaving.ask(this, event, "mail.settings.leave", () -> dirty = false);
    }

    private void showMissing() {
        missing.setVisible(email.getValue().isBlank());
    }

    private void save() {
        Map<MailTopic, Delivery> chosen = new EnumMap<>(MailTopic.class);
        choices.forEach((topic, group) -> {
            if (group.getValue() != null) {
                chosen.put(topic, group.getValue());
            }
        });
        try {
            preferences.saveAddressAndChoices(email.getValue(), chosen);
        } catch (UserValidationException refused) {
            email.setErrorMessage(getTranslation(refused.messageKey(), refused.args()));
            email.setInvalid(true);
            email.focus();
            return;
        }
        email.setInvalid(false);
        showMissing();
        dirty = false;
        String saved = email.getValue().isBlank()
                ? getTranslation("mail.settings.saved.noAddress")
                : getTranslation("mail.settings.saved");
        Notification.show(saved, 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }
}
