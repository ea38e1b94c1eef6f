package app.avenant.change.ui.editor;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** Where the message of one field path is shown: on the field itself, or in a line under a list. */
interface ErrorTarget {

    void show(String message);

    void clear();

    static ErrorTarget of(HasValidation field) {
        return new ErrorTarget() {
            @Override
            public void show(String message) {
                // several rules may break on one field: show them all rather than only the last
                String previous = field.isInvalid() ? field.getErrorMessage() : null;
                if (previous != null && previous.contains(message)) {
                    // already said, e.g. by the text counter while typing
                    field.setInvalid(true);
                    return;
                }
                field.setErrorMessage(previous == null || previous.isBlank() ? message : previous + " " + message);
                field.setInvalid(true);
            }

            @Override
            public void clear() {
                field.setInvalid(false);
                field.setErrorMessage(null);
            }
        };
    }

    /** A hidden error line, shown with the message (for list-level rules such as "no band"). */
    static ErrorTarget of(Span line) {
        line.addClassName("av-error");
        line.setVisible(false);
        return new ErrorTarget() {
            @Override
            public void show(String message) {
                @Nullable String previous = line.isVisible() ? line.getText() : null;
                line.setText(previous == null || previous.isBlank() ? message : previous + " " + message);
                line.setVisible(true);
            }

            @Override
            public void clear() {
                line.setText("");
                line.setVisible(false);
            }
        };
    }
}
