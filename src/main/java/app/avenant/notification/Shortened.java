package app.avenant.notification;

/** A free text cut for a line of the bell: whole words, "…" when cut, on one line. */
final class Shortened {

    /** Long enough for a reason's gist, short enough for a phone's bell (and the 200 characters stored). */
    static final int MAX = 80;

    private Shortened() {}

    static String of(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        if (oneLine.length() <= MAX) {
            return oneLine;
        }
        int cut = oneLine.lastIndexOf(' ', MAX - 1);
        // a single long word is cut where it must be
        return oneLine.substring(0, cut > MAX / 2 ? cut : MAX - 1).strip() + "…";
    }
}
