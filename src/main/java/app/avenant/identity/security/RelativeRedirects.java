package app.avenant.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every redirect of the portal goes out as a path ({@code Location: /login}), never as an absolute URL.
 *
 * <p>Spring Security builds some of its redirects from the request itself, and the request's scheme, host and
 * port come from what the client (or a proxy) sent: the {@code Host} header, {@code X-Forwarded-Host}. The
 * saved request replayed after sign-in is one such URL, so a poisoned {@code Host} would send a user who just
 * signed in to another site. The portal never sends anyone to another site, so the scheme and authority of a
 * redirect are simply dropped; with {@code server.tomcat.use-relative-redirects} Tomcat keeps the path as it is
 * rather than making it absolute again from the same {@code Host} header. Not a bean (Spring Boot would also
 * register it for every request of the server): the portal's chain runs it first.
 */
final class RelativeRedirects extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                super.sendRedirect(relative(location));
            }

            @Override
            public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
                super.sendRedirect(relative(location), sc, clearBuffer);
            }
        });
    }

    /** The path, query and fragment of an absolute (or scheme-relative) URL; any other location unchanged. */
    static String relative(String location) {
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            return location;
        }
        if (!uri.isAbsolute() && uri.getRawAuthority() == null) {
            return location;
        }
        if (uri.isOpaque()) {
            return "/"; // mailto:, javascript: … never a place the portal sends anyone
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        // "//evil.example" as a path would be read back as a host: one slash is enough
        path = "/" + path.replaceFirst("^/+", "");
        StringBuilder relative = new StringBuilder(path);
        if (uri.getRawQuery() != null) {
            relative.append('?').append(uri.getRawQuery());
        }
        if (uri.getRawFragment() != null) {
            relative.append('#').append(uri.getRawFragment());
        }
        return relative.toString();
    }
}
