package app.avenant.identity.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of every page of the portal.
 *
 * <p>The Content Security Policy is as strict as Vaadin Flow allows without nonces: Vaadin documents that
 * its client engine needs {@code script-src 'unsafe-inline' 'unsafe-eval'} (an inline bootstrap script,
 * then functions built from the expressions the server sends) and {@code style-src 'unsafe-inline'}
 * (components set inline styles). Everything else comes from the portal itself: scripts, styles, fonts,
 * the push connection ({@code connect-src 'self'} covers same-origin WebSockets in current browsers),
 * images (plus {@code data:} ones, which Lumo's icons and the charts use). Nothing may frame the portal
 * (clickjacking), forms post only to it, plugins are off.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-ancestors 'none'",
            "form-action 'self'",
            "base-uri 'self'",
            "object-src 'none'");

    private SecurityHeaders() {}

    static Customizer<HeadersConfigurer<HttpSecurity>> portal() {
        return headers -> {
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .contentTypeOptions(Customizer.withDefaults());
            // written before the request is handled, not when the response commits: Vaadin's pages are
            // answered by its servlet after a forward that completes the response beneath Spring Security's
            // wrapper, so lazily written headers never reached the login page. Written first, they are also
            // kept by Vaadin, which sets no X-Frame-Options of its own over an existing one
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
        };
    }
}
