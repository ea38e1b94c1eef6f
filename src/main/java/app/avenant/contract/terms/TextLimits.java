package app.avenant.contract.terms;

/**
 * The longest text each field of the terms may hold. {@link Terms} refuses longer text ({@code text.too.long})
 * rather than shortening it, and the editor shows each limit as a counter (docs/decisions/0022).
 */
public final class TextLimits {

    public static final int TITLE = 200;
    public static final int LONG_TEXT = 4000;
    public static final int UNIT_OF_MEASURE = 100;
    public static final int URL = 1000;
    public static final int DESCRIPTION = 500;
    public static final int INDICATOR = 300;
    public static final int METRIC = 200;
    public static final int MEASUREMENT = 500;

    private TextLimits() {}
}
