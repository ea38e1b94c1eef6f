package app.avenant.operations;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.internal.DevModeHandlerManager;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Vaadin's answers to "which implementation of X?" kept once found, for the few X it asks on every request (issue
 * 13, point 1).
 *
 * <p>Vaadin's Spring lookup keeps the answer only for its own default services. For the others it asks the Spring
 * context <em>and</em> scans the class path with a {@link java.util.ServiceLoader} each time, opening every jar's
 * {@code META-INF/services} entry: at every navigation (the roles check reads the role prefix holder) and for
 * every argument of a call from the browser (a grid's "rows wanted" included). A profile of the load test gave
 * those scans some 6 % of the CPU of the requests. The answers cannot change while the portal runs: the beans are
 * singletons and the jar does not change, so each is asked once and kept.
 */
@Configuration(proxyBeanMethods = false)
class RememberedLookups {

    /** What Vaadin looks up at every request (found in a profile), and nothing else: the rest keeps Vaadin's own way. */
    static final Set<Class<?>> ASKED_AT_EVERY_REQUEST = Set.of(
            VaadinRolePrefixHolder.class, DeprecatedPolymerPublishedEventHandler.class, DevModeHandlerManager.class);

    @Bean
    VaadinServiceInitListener rememberLookups() {
        return event -> {
            if (!(event.getSource() instanceof VaadinServletService service) || service.getServlet() == null) {
                return;
            }
            Lookup lookup = service.getContext().getAttribute(Lookup.class);
            if (lookup != null && !(lookup instanceof Remembering)) {
                // Vaadin's context refuses to set a lookup over another (against two initialisers competing); this one
                // wraps the one set, on purpose, where Vaadin keeps it: the servlet context, under the type's name
                service.getServlet().getServletContext().setAttribute(Lookup.class.getName(), new Remembering(lookup));
            }
        };
    }

    /** A lookup that keeps the first answer for the types in {@link #ASKED_AT_EVERY_REQUEST}, "none found" included. */
    static final class Remembering implements Lookup {

        private final Lookup delegate;
        private final Map<Class<?>, Optional<?>> found = new ConcurrentHashMap<>();

        Remembering(Lookup delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T> T lookup(Class<T> serviceClass) {
            if (!ASKED_AT_EVERY_REQUEST.contains(serviceClass)) {
                return delegate.lookup(serviceClass);
            }
            return serviceClass.cast(
                    found.computeIfAbsent(serviceClass, type -> Optional.ofNullable(delegate.lookup(type)))
                            .orElse(null));
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> serviceClass) {
            return delegate.lookupAll(serviceClass);
        }
    }
}
