package app.avenant.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;

/**
 * A form with unsaved changes does not lose them without a word: leaving asks first, « Rester sur la page » or
 * « Quitter sans enregistrer ». The texts are the screen's own, under {@code <prefix>.title}, {@code .text},
 * {@code .stay} and {@code .go}.
 */
public final class LeaveWithoutSaving {

    private LeaveWithoutSaving() {}

    /**
     * The browser asks too before the page itself goes (a reload, a language switch, the tab closed), while
     * {@code dirty}: its own « Quitter le site ? » prompt, which no page can word.
     */
    public static void guardUnload(UI ui, boolean dirty) {
        ui.getPage()
                .executeJs(
                        "window.__avenantUnsaved = $0;"
                                + " if (!window.__avenantUnloadGuard) { window.__avenantUnloadGuard = true;"
                                + " window.addEventListener('beforeunload', e => { if (window.__avenantUnsaved) {"
                                + " e.preventDefault(); e.returnValue = ''; } }); }",
                        dirty);
    }

    /** @param onLeave run before the navigation proceeds (the form forgets its changes) */
    public static void ask(Component screen, BeforeLeaveEvent event, String prefix, Runnable onLeave) {
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(screen.getTranslation(prefix + ".title"));
        confirm.setText(screen.getTranslation(prefix + ".text"));
        confirm.setCancelable(true);
        confirm.setCancelText(screen.getTranslation(prefix + ".stay"));
        confirm.setConfirmText(screen.getTranslation(prefix + ".go"));
        confirm.addConfirmListener(e -> {
            onLeave.run();
            leave.proceed();
        });
        confirm.open();
    }
}
