package app.avenant.notification;

/**
 * What awaits the bell's reader, counted by what it is: change requests (one each, however many events on it),
 * months' statements to validate, review actions due. The badge shows the total.
 */
public record PendingActions(long requests, long statements, long actions) {

    public long total() {
        return requests + statements + actions;
    }
}
