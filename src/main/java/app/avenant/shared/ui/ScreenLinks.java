package app.avenant.shared.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Every {@link ScreenLink} contributed by the modules, by target: empty when no module offers that screen. */
@Component
public class ScreenLinks {

    private final Map<ScreenLink.Target, ScreenLink> byTarget = new EnumMap<>(ScreenLink.Target.class);

    public ScreenLinks(List<ScreenLink> links) {
        for (ScreenLink link : links) {
            if (byTarget.putIfAbsent(link.target(), link) != null) {
                throw new IllegalStateException("Two screens claim " + link.target());
            }
        }
    }

    public Optional<String> url(ScreenLink.Target target, @Nullable UUID id) {
        return Optional.ofNullable(byTarget.get(target)).map(link -> link.url(id));
    }
}
