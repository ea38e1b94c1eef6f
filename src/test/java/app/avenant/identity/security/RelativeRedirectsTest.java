package app.avenant.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What is left of a redirect's location once its scheme and host are dropped. */
class RelativeRedirectsTest {

    @Test
    void an_absolute_url_keeps_only_its_path_query_and_fragment() {
        assertThat(RelativeRedirects.relative("http://evil.example/login")).isEqualTo("/login");
        assertThat(RelativeRedirects.relative("https://evil.example:8443/contracts?continue"))
                .isEqualTo("/contracts?continue");
        assertThat(RelativeRedirects.relative("http://evil.example")).isEqualTo("/");
        assertThat(RelativeRedirects.relative("http://localhost:8080/a%20b?x=%C3%A9#top"))
                .isEqualTo("/a%20b?x=%C3%A9#top");
    }

    @Test
    void a_scheme_relative_or_doubled_slash_location_cannot_name_another_host() {
        assertThat(RelativeRedirects.relative("//evil.example/login")).isEqualTo("/login");
        assertThat(RelativeRedirects.relative("http://localhost//evil.example/x"))
                .isEqualTo("/evil.example/x");
        assertThat(RelativeRedirects.relative("javascript:alert(1)")).isEqualTo("/");
    }

    @Test
    void a_path_is_left_as_it_is() {
        assertThat(RelativeRedirects.relative("/login?error")).isEqualTo("/login?error");
        assertThat(RelativeRedirects.relative("login")).isEqualTo("login");
        assertThat(RelativeRedirects.relative("not a uri ^")).isEqualTo("not a uri ^");
    }
}
