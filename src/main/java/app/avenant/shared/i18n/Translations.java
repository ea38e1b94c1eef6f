package app.avenant.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every UI text of Avenant, French first. Each module owns one bundle pair on the class path,
 * {@code i18n/<module>_fr.properties} and {@code i18n/<module>_en.properties} (UTF-8, keys prefixed by the
 * module name); this provider merges them all.
 *
 * <p>A text with arguments goes through {@link MessageFormat} (so write {@code ''} for an apostrophe in
 * those only); a text without arguments is returned exactly as written. A missing key shows as
 * {@code !key!} and is logged once, so it is seen rather than silently replaced.
 */
@Component
public class Translations implements I18NProvider {

    /** The product's language, used unless the user chose English. Carries the country for € and dates. */
    public static final Locale FRENCH = Locale.FRANCE;

    public static final Locale ENGLISH = Locale.UK;
    public static final List<Locale> LOCALES = List.of(FRENCH, ENGLISH);

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final Set<String> reportedMissing = ConcurrentHashMap.newKeySet();

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, @Nullable Locale locale, Object... params) {
        return get(locale, key, params);
    }

    /** The same texts without Vaadin or Spring, for services, mails and tests. */
    public static String get(@Nullable Locale locale, String key, Object... args) {
        Locale supported = supported(locale);
        String pattern = Bundles.INSTANCE.texts.get(supported.getLanguage()).get(key);
        if (pattern == null) {
            if (reportedMissing.add(supported.getLanguage() + ":" + key)) {
                log.warn("Missing translation '{}' for {}", key, supported.getLanguage());
            }
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        if (supported == FRENCH) {
            pattern = Elision.apply(pattern, args);
        }
        return new MessageFormat(pattern, supported).format(args);
    }

    /** English when asked for English (any country), French for everything else. */
    public static Locale supported(@Nullable Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : FRENCH;
    }

    /** Keys per language ("fr", "en"), so a test can check that every text exists in both. */
    public static Map<String, Set<String>> keysByLanguage() {
        Map<String, Set<String>> keys = new HashMap<>();
        Bundles.INSTANCE.texts.forEach((language, texts) -> keys.put(language, Set.copyOf(texts.keySet())));
        return keys;
    }

    /** Loaded once per class loader: bundles only change with a new build. */
    private static final class Bundles {
        static final Bundles INSTANCE = new Bundles();

        final Map<String, Map<String, String>> texts = new HashMap<>();

        private Bundles() {
            for (Locale locale : LOCALES) {
                texts.put(locale.getLanguage(), load(locale.getLanguage()));
            }
        }

        private static Map<String, String> load(String language) {
            Map<String, String> merged = new HashMap<>();
            try {
                Resource[] bundles = new PathMatchingResourcePatternResolver(Translations.class.getClassLoader())
                        .getResources("classpath*:i18n/*_" + language + ".properties");
                for (Resource bundle : bundles) {
                    Properties properties = new Properties();
                    // Properties.load(InputStream) would read ISO-8859-1 and garble every accent
                    try (Reader reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
                        properties.load(reader);
                    }
                    properties.forEach((key, value) -> {
                        String previous = merged.put((String) key, (String) value);
                        if (previous != null) {
                            log.warn("Translation key '{}' defined twice ({})", key, bundle.getFilename());
                        }
                    });
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the translation bundles", e);
            }
            return Map.copyOf(merged);
        }
    }
}
