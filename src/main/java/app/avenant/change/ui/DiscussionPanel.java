package app.avenant.change.ui;

import app.avenant.change.ChangeRequests;
import app.avenant.change.CommentView;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.UUID;

/** The negotiation thread both sides read and write. */
class DiscussionPanel extends ThreadPanel {

    DiscussionPanel(
            ChangeRequests changeRequests,
            UUID changeRequestId,
            TextArea text,
            boolean canComment,
            Runnable afterPublish) {
        super(changeRequests, changeRequestId, "changeui.discussion", text, canComment, afterPublish);
    }

    @Override
    protected List<CommentView> latest(int skip, int limit) {
        return changeRequests.comments(changeRequestId, skip, limit);
    }

    @Override
    protected void post(String text) {
        changeRequests.comment(changeRequestId, text);
    }
}
