package app.avenant.change.ui;

import app.avenant.change.ChangeRequests;
import app.avenant.change.CommentView;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.UUID;

/**
 * The caller's side's internal notes on a request: what the PME (or the provider) says among its own people
 * before answering. Never shown to the other side; the panel says so above the thread.
 */
class InternalNotesPanel extends ThreadPanel {

    InternalNotesPanel(
            ChangeRequests changeRequests,
            UUID changeRequestId,
            TextArea text,
            boolean canWrite,
            Runnable afterPublish) {
        super(changeRequests, changeRequestId, "changeui.notes", text, canWrite, afterPublish);
        getContent().addClassName("av-cr-internal-notes");
    }

    @Override
    protected List<CommentView> latest(int skip, int limit) {
        return changeRequests.internalNotes(changeRequestId, skip, limit);
    }

    @Override
    protected void post(String text) {
        changeRequests.addInternalNote(changeRequestId, text);
    }
}
