package app.avenant.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class RouteIdsTest {

    @Test
    void only_the_canonical_form_of_an_id_names_something() {
        UUID id = UUID.randomUUID();

        assertThat(RouteIds.parse(id.toString())).contains(id);
        assertThat(RouteIds.parse(id.toString().toUpperCase())).contains(id);
        assertThat(RouteIds.parse("1-1-1-1-1")).isEmpty();
        assertThat(RouteIds.parse("pas-un-identifiant")).isEmpty();
        assertThat(RouteIds.parse("")).isEmpty();
    }
}
