package app.avenant.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Decision 0016, "the jar alone is the product": the built jar, started from an empty folder (no ./config, no
 * repository around it), runs on the embedded H2 file under ./data with demo data, and with the MariaDB
 * profile; in both, /login answers and a demo account signs in over plain HTTP.
 */
@Tag("ops")
class PackagedJarSmokeTest {

    private static final String DEMO_PASSWORD = "Avenant-demo-2026";
    private static final Pattern META =
            Pattern.compile("<meta\\s+name=\"(_csrf(?:_parameter)?)\"\\s+content=\"([^\"]*)\"");

    @Test
    void the_jar_runs_from_an_empty_folder_on_the_embedded_database() throws Exception {
        Path work = Files.createTempDirectory("avenant-smoke-h2-");
        try (PortalProcess portal = PortalProcess.embedded(work)) {
            portal.startAndAwaitReady();
            assertSignsIn(portal, "claire.martin");
            assertThat(work.resolve("data/avenant.mv.db"))
                    .as("the H2 file in ./data of the working folder")
                    .exists();
            assertThat(portal.terminate(Duration.ofSeconds(60))).isIn(0, 143);
        }
    }

    @Test
    void the_jar_runs_from_an_empty_folder_with_the_mariadb_profile() throws Exception {
        String database = "avenant_ops_smoke";
        Databases.recreateMariadb(database);
        Path work = Files.createTempDirectory("avenant-smoke-mariadb-");
        try (PortalProcess portal = PortalProcess.mariadb(work, database)) {
            portal.startAndAwaitReady();
            assertSignsIn(portal, "julien.moreau");
            assertThat(work.resolve("data/avenant.mv.db"))
                    .as("no H2 database on the MariaDB profile")
                    .doesNotExist();
            assertThat(Files.readString(portal.log())).contains("MariaDB");
            portal.terminate(Duration.ofSeconds(60));
        } finally {
            Databases.dropMariadb(database);
        }
    }

    /** GET /login, then the form's POST with the session's CSRF token: signed in, the home page answers. */
    private static void assertSignsIn(PortalProcess portal, String username) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        HttpResponse<String> login = http.send(get(portal.url("/login")), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as("GET /login").isEqualTo(200);

        StringBuilder form = new StringBuilder("username=" + encode(username) + "&password=" + encode(DEMO_PASSWORD));
        String parameter = null;
        String token = null;
        Matcher meta = META.matcher(login.body());
        while (meta.find()) {
            if (meta.group(1).equals("_csrf_parameter")) {
                parameter = meta.group(2);
            } else {
                token = meta.group(2);
            }
        }
        if (parameter != null && token != null) {
            form.append('&').append(encode(parameter)).append('=').append(encode(token));
        }
        HttpResponse<String> signIn = http.send(
                HttpRequest.newBuilder(URI.create(portal.url("/login")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).as("POST /login").isEqualTo(302);
        String location = signIn.headers().firstValue("Location").orElse("");
        assertThat(location)
                .as("where the sign-in leads")
                .doesNotContain("error")
                .doesNotContain("/login");

        HttpResponse<String> home = http.send(get(portal.url("/")), HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).as("the home page once signed in").isEqualTo(200);
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
