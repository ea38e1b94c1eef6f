package app.avenant.change;

/** What the caller may do now on a change request; the UI hides what is false, the service enforces it. */
public record Permissions(
        boolean edit,
        boolean submit,
        boolean approve,
        boolean reject,
        boolean withdraw,
        boolean comment,
        /* the title and reason: the side that opened the request only (docs/decisions/0033) */
        boolean reword) {}
