package app.avenant.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.DomListenerRegistration;

/**
 * A click on a button or a link-like component, handled without the event's details. {@code addClickListener}
 * asks the browser for ten details of every click (coordinates, buttons, modifier keys) and keeps, for each
 * listener of each open page, the expressions that fetch them: some 2.5 KB per listener and page (7 KB of a change
 * request's page; issue 13, point 2, decision 0041). No screen uses those details. Like a click listener, the action
 * runs only while the component is enabled, and a keyboard activation (Enter, Space) clicks too. Not for a button
 * with a click shortcut: {@code addClickShortcut} fires a server-side click event, which this listener does not
 * hear.
 */
public final class Clicks {

    private Clicks() {}

    public static DomListenerRegistration on(Component component, Runnable action) {
        return component.getElement().addEventListener("click", event -> action.run());
    }
}
