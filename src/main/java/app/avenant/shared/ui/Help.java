package app.avenant.shared.ui;

import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.shared.Tooltip;

/**
 * A small "?" beside a word of the trade ("version de base", "révision"): its plain explanation shows on hover
 * and on keyboard focus, and is what a screen reader reads, so the word can stay short on the screen.
 */
public final class Help {

    private Help() {}

    public static Icon icon(String explanation) {
        Icon icon = VaadinIcon.QUESTION_CIRCLE_O.create();
        icon.addClassName("av-help");
        icon.getElement().setAttribute("tabindex", "0");
        icon.getElement().setAttribute("role", "img");
        icon.getElement().setAttribute("aria-label", explanation);
        Tooltip.forComponent(icon).withText(explanation);
        return icon;
    }
}
