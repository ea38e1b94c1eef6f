package app.avenant.audit.domain;

import app.avenant.audit.AuditEntryView;
import app.avenant.shared.format.Formats;
import app.avenant.shared.i18n.Translations;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A contract's trail as French Excel opens it with a double click: UTF-8 with BOM, {@code ;} separator,
 * CRLF, fields quoted when they hold a separator, a quote or a line break. A text starting like a formula
 * ({@code = + - @}, tab, carriage return) is prefixed with an apostrophe: details hold usernames typed by
 * anyone at the login page, which must never run as a formula (CSV injection).
 */
public final class AuditCsv {

    private static final char SEPARATOR = ';';
    private static final String LINE_END = "\r\n";
    private static final String BOM = "\uFEFF";

    private final StringBuilder text = new StringBuilder(BOM);
    private final Locale locale;

    public AuditCsv(Locale locale) {
        this.locale = locale;
        line(
                t("audit.csv.seq"),
                t("audit.csv.date"),
                t("audit.csv.actor"),
                t("audit.csv.organisation"),
                t("audit.csv.action"),
                t("audit.csv.code"),
                t("audit.csv.details"),
                t("audit.csv.previousHash"),
                t("audit.csv.hash"));
    }

    public void row(AuditEntryView e) {
        line(
                Long.toString(e.seq()),
                Formats.dateTime(e.occurredAt(), locale),
                e.actorName(),
                e.organisationName(),
                t(e.action().labelKey()),
                e.action().name(),
                e.details(),
                e.previousHash(),
                e.hash());
    }

    public byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String t(String key) {
        return Translations.get(locale, key);
    }

    private void line(@Nullable String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                text.append(SEPARATOR);
            }
            text.append(field(fields[i]));
        }
        text.append(LINE_END);
    }

    static String field(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !isNumber(value) ? "'" + value : value;
        if (safe.indexOf(SEPARATOR) >= 0
                || safe.indexOf('"') >= 0
                || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private static boolean isNumber(String value) {
        return value.matches("-?\\d+");
    }
}
