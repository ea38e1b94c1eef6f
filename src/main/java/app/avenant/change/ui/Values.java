package app.avenant.change.ui;

import app.avenant.contract.terms.ValueKind;
import app.avenant.contract.ui.TermsText;
import app.avenant.shared.format.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Values of the terms as a person reads them (money, percentages, units, dates, enums by name), and the
 * names of changed fields ("Prix unitaire — tranche à partir de 1 001"), in the component's language.
 * Field names use the contract screens' {@code terms.field.*} keys so the compare views agree.
 */
public final class Values {

    private Values() {}

    /** The component's language (Component.getLocale() is protected): the UI's, else French. */
    static Locale locale(Component c) {
        UI ui = c.getUI().orElseGet(UI::getCurrent);
        return ui != null ? ui.getLocale() : Locale.FRANCE;
    }

    /** "—" for a missing value. */
    public static String format(Component c, String field, ValueKind kind, @Nullable Object value) {
        return TermsText.format(locale(c), field, kind, value);
    }

    /** The field's name, with the band or month it belongs to when the item has several. */
    public static String fieldLabel(Component c, String field, @Nullable String detail) {
        return TermsText.fieldLabel(locale(c), field, detail);
    }

    static String money(Component c, BigDecimal amount) {
        return Formats.money(amount, locale(c));
    }

    /** "+240,00 €" / "−120,00 €" / "0,00 €": the sign says which way it goes. */
    static String signedMoney(Component c, BigDecimal delta) {
        String amount = Formats.money(delta.abs(), locale(c));
        return delta.signum() > 0 ? "+" + amount : delta.signum() < 0 ? "−" + amount : amount;
    }

    static String units(Component c, @Nullable Long units) {
        return units == null ? c.getTranslation("changeui.none") : Formats.units(units, locale(c));
    }

    static String percent(Component c, @Nullable BigDecimal percent) {
        return percent == null ? c.getTranslation("changeui.none") : Formats.percent(percent, locale(c));
    }
}
