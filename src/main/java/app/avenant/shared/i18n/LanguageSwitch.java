package app.avenant.shared.i18n;

import app.avenant.shared.ui.Clicks;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * "Français | English": each language named in its own language, so a reader of either finds it. The
 * current language is shown pressed and cannot be chosen again.
 */
public class LanguageSwitch extends Composite<HorizontalLayout> {

    public LanguageSwitch(Locale current, Consumer<Locale> onChoice) {
        HorizontalLayout layout = getContent();
        layout.setSpacing(false);
        layout.setPadding(false);
        layout.addClassName("language-switch");
        layout.add(
                button("Français", Translations.FRENCH, current, onChoice),
                button("English", Translations.ENGLISH, current, onChoice));
    }

    private static Button button(String label, Locale locale, Locale current, Consumer<Locale> onChoice) {
        Button button = new Button(label);
        Clicks.on(button, () -> onChoice.accept(locale));
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        button.getElement().setAttribute("lang", locale.getLanguage());
        boolean selected = Translations.supported(current).equals(locale);
        button.getElement().setAttribute("aria-pressed", Boolean.toString(selected));
        button.setEnabled(!selected);
        return button;
    }
}
