package app.avenant.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.identity.OrganisationKind;
import app.avenant.testing.KeepsSecurityContextStrategy;
import app.avenant.testing.TestAccounts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal's sign-in, redirects and session cookie as a browser (or an attacker, or a reverse proxy) meets
 * them: raw HTTP/1.1 over a socket to the real Tomcat, so every header is exactly what was sent (a Java
 * HttpClient would refuse to send a forged Host) and Tomcat's own handling of redirects and forwarded headers
 * takes part. Shares the real-port context of the API tests (same annotation), and puts the JVM-wide
 * security-context strategy back afterwards, as they do.
 */
@ExtendWith(KeepsSecurityContextStrategy.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalOverHttpTest {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");
    private static final String EVIL = "evil.example";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    String username;
    /** Each test from its own loopback address, so the login throttle of one never touches another. */
    InetAddress from;

    @BeforeEach
    void setUp() throws IOException {
        username = accounts.newOrganisation(OrganisationKind.CLIENT).member().username();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        from = InetAddress.getByAddress(new byte[] {
            127, (byte) random.nextInt(1, 255), (byte) random.nextInt(1, 255), (byte) random.nextInt(1, 255)
        });
    }

    // --- login CSRF ---

    @Test
    void a_browser_takes_the_token_from_the_login_page_and_signs_in_with_it() throws IOException {
        Response page = send("GET", "/login", Map.of(), null);
        Map<String, String> meta = csrfMeta(page);
        assertThat(meta).containsEntry("_csrf_parameter", "_csrf").containsKey("_csrf");

        Response signIn = send(
                "POST",
                "/login",
                Map.of("Cookie", page.session()),
                form("username", username, "password", TestAccounts.PASSWORD, "_csrf", meta.get("_csrf")));

        assertThat(signIn.status()).isEqualTo(302);
        assertThat(signIn.location()).startsWith("/").doesNotStartWith("/login");
        assertThat(send("GET", "/", Map.of("Cookie", signIn.session()), null).status())
                .as("signed in")
                .isEqualTo(200);
    }

    @Test
    void a_login_post_without_the_token_signs_nobody_in_even_with_a_session() throws IOException {
        Response page = send("GET", "/login", Map.of(), null);

        Response signIn = send(
                "POST",
                "/login",
                Map.of("Cookie", page.session()),
                form("username", username, "password", TestAccounts.PASSWORD));

        assertThat(signIn.status()).isEqualTo(302);
        assertThat(signIn.location()).isEqualTo("/login");
        assertSignedOut(signIn.sessionOr(page.session()));
    }

    @Test
    void a_login_post_with_a_forged_token_signs_nobody_in() throws IOException {
        Response page = send("GET", "/login", Map.of(), null);

        Response signIn = send(
                "POST",
                "/login",
                Map.of("Cookie", page.session()),
                form("username", username, "password", TestAccounts.PASSWORD, "_csrf", "forged-by-another-site"));
        Response withoutSession = send(
                "POST",
                "/login",
                Map.of(),
                form(
                        "username",
                        username,
                        "password",
                        TestAccounts.PASSWORD,
                        "_csrf",
                        csrfMeta(page).get("_csrf")));

        assertThat(signIn.location()).isEqualTo("/login");
        assertSignedOut(signIn.sessionOr(page.session()));
        assertThat(withoutSession.location())
                .as("a token is only good with its own session")
                .isEqualTo("/login");
        assertSignedOut(withoutSession.sessionOr(""));
    }

    // --- redirects never built from the Host header ---

    @Test
    void a_forged_host_never_makes_it_into_a_redirect() throws IOException {
        Response home = send("GET", "/", Map.of("Host", EVIL), null);
        assertThat(home.status()).isEqualTo(302);
        assertThat(home.location()).isEqualTo("/login");

        // the page asked for is saved, then replayed after sign-in: still a path
        Response contracts = send("GET", "/contracts", Map.of("Host", EVIL), null);
        Response page = send("GET", "/login", Map.of("Host", EVIL, "Cookie", contracts.session()), null);
        String token = csrfMeta(page).get("_csrf");
        Response wrong = send(
                "POST",
                "/login",
                Map.of("Host", EVIL, "Cookie", page.sessionOr(contracts.session())),
                form("username", username, "password", "pas-le-bon", "_csrf", token));
        assertThat(wrong.location()).isEqualTo("/login?error");
        Response signIn = send(
                "POST",
                "/login",
                Map.of("Host", EVIL, "Cookie", page.sessionOr(contracts.session())),
                form("username", username, "password", TestAccounts.PASSWORD, "_csrf", token));
        assertThat(signIn.status()).isEqualTo(302);
        assertThat(signIn.location())
                .as("Spring's saved request, marked as replayed")
                .isEqualTo("/contracts?continue");

        // signing out, from a page of the signed-in portal
        Response portal = send("GET", "/", Map.of("Host", EVIL, "Cookie", signIn.session()), null);
        Response signOut = send(
                "POST",
                "/logout",
                Map.of("Host", EVIL, "Cookie", signIn.session()),
                form("_csrf", csrfMeta(portal).get("_csrf")));
        assertThat(signOut.status()).isEqualTo(302);
        assertThat(signOut.location()).isEqualTo("/login");
    }

    @Test
    void a_forwarded_host_from_a_trusted_proxy_does_not_make_it_into_a_redirect_either() throws IOException {
        Response home = send(
                "GET",
                "/",
                Map.of("X-Forwarded-Host", EVIL, "X-Forwarded-Proto", "https", "X-Forwarded-Port", "8443"),
                null);

        assertThat(home.status()).isEqualTo(302);
        assertThat(home.location()).isEqualTo("/login");
    }

    // --- the session cookie over HTTPS ---

    @Test
    void behind_an_https_proxy_the_session_cookie_is_secure_and_over_plain_http_it_is_not() throws IOException {
        Response overHttps = send("GET", "/login", Map.of("X-Forwarded-Proto", "https"), null);
        Response overHttp = send("GET", "/login", Map.of(), null);

        assertThat(overHttps.cookieHeader()).startsWith("JSESSIONID=");
        assertThat(attributes(overHttps.cookieHeader())).contains("secure", "httponly", "samesite=lax");
        assertThat(overHttp.cookieHeader()).startsWith("JSESSIONID=");
        assertThat(attributes(overHttp.cookieHeader())).contains("httponly").doesNotContain("secure");
    }

    // --- helpers ---

    private void assertSignedOut(String cookie) throws IOException {
        Response home = send("GET", "/", cookie.isEmpty() ? Map.of() : Map.of("Cookie", cookie), null);
        assertThat(home.status()).as("not signed in").isEqualTo(302);
        assertThat(home.location()).isEqualTo("/login");
    }

    private static Map<String, String> csrfMeta(Response page) {
        Map<String, String> meta = new LinkedHashMap<>();
        Matcher matcher = META.matcher(page.body());
        while (matcher.find()) {
            meta.put(matcher.group(1), matcher.group(2));
        }
        return meta;
    }

    private static List<String> attributes(String setCookie) {
        List<String> attributes = new ArrayList<>();
        for (String part : setCookie.split(";")) {
            attributes.add(part.strip().toLowerCase(Locale.ROOT));
        }
        return attributes.subList(1, attributes.size());
    }

    private static String form(String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    /** One request on its own connection; Host is localhost:port unless given. */
    private Response send(String method, String path, Map<String, String> headers, @Nullable String formBody)
            throws IOException {
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        head.append("Host: ")
                .append(headers.getOrDefault("Host", "localhost:" + port))
                .append("\r\n");
        headers.forEach((name, value) -> {
            if (!name.equals("Host")) {
                head.append(name).append(": ").append(value).append("\r\n");
            }
        });
        byte[] body = formBody == null ? new byte[0] : formBody.getBytes(StandardCharsets.UTF_8);
        if (formBody != null) {
            head.append("Content-Type: application/x-www-form-urlencoded\r\n");
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("Accept: text/html\r\nConnection: close\r\n\r\n");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port, from, 0)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return Response.parse(socket.getInputStream());
        }
    }

    record Response(int status, Map<String, List<String>> headers, String body) {

        static Response parse(InputStream in) throws IOException {
            byte[] all = in.readAllBytes();
            String text = new String(all, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.computeIfAbsent(
                                lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                                name -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).strip());
            }
            String body = text.substring(end + 4);
            if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
                body = dechunk(body);
            }
            return new Response(
                    status, headers, new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }

        private static String dechunk(String chunked) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int at = 0;
            while (true) {
                int lineEnd = chunked.indexOf("\r\n", at);
                int size = Integer.parseInt(
                        chunked.substring(at, lineEnd).split(";")[0].strip(), 16);
                if (size == 0) {
                    return out.toString(StandardCharsets.ISO_8859_1);
                }
                out.writeBytes(
                        chunked.substring(lineEnd + 2, lineEnd + 2 + size).getBytes(StandardCharsets.ISO_8859_1));
                at = lineEnd + 2 + size + 2;
            }
        }

        String location() {
            return headers.getOrDefault("location", List.of("")).getFirst();
        }

        /** The session cookie this response sets ("" when none). */
        String cookieHeader() {
            return headers.getOrDefault("set-cookie", List.of()).stream()
                    .filter(c -> c.startsWith("JSESSIONID="))
                    .findFirst()
                    .orElse("");
        }

        /** "JSESSIONID=..." to send back. */
        String session() {
            return Optional.of(cookieHeader())
                    .filter(c -> !c.isEmpty())
                    .map(c -> c.split(";")[0])
                    .orElse("");
        }

        String sessionOr(String previous) {
            String session = session();
            return session.isEmpty() ? previous : session;
        }
    }
}
