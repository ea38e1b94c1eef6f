package app.avenant.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

class RememberedLookupsTest {

    private final List<Class<?>> asked = new ArrayList<>();
    private final VaadinRolePrefixHolder holder = new VaadinRolePrefixHolder("ROLE_");

    private final Lookup vaadins = new Lookup() {
        @Override
        public <T> T lookup(Class<T> type) {
            asked.add(type);
            return type == VaadinRolePrefixHolder.class ? type.cast(holder) : null;
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> type) {
            asked.add(type);
            return List.of();
        }
    };

    private final Lookup remembering = new RememberedLookups.Remembering(vaadins);

    @Test
    void what_vaadin_asks_at_every_request_is_looked_up_once_found_or_not() {
        for (int request = 0; request < 3; request++) {
            assertThat(remembering.lookup(VaadinRolePrefixHolder.class)).isSameAs(holder);
            assertThat(remembering.lookup(DeprecatedPolymerPublishedEventHandler.class))
                    .isNull();
        }

        assertThat(asked).containsExactly(VaadinRolePrefixHolder.class, DeprecatedPolymerPublishedEventHandler.class);
    }

    @Test
    void anything_else_is_asked_of_vaadin_each_time() {
        remembering.lookup(String.class);
        remembering.lookup(String.class);
        remembering.lookupAll(VaadinRolePrefixHolder.class);

        assertThat(asked).containsExactly(String.class, String.class, VaadinRolePrefixHolder.class);
    }
}
