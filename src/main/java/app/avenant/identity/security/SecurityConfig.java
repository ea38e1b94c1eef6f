package app.avenant.identity.security;

import app.avenant.identity.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Form login through Avenant's login view; every other page needs a signed-in user, and Vaadin's view
 * access control checks each view's annotation. Services check the caller's rights themselves.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // our own static files (plain CSS, images): registered before Vaadin's catch-all rule
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/icons/**", "/images/**", "/styles/**").permitAll());
        // Vaadin sets form login (failure → /login?error), logout (→ /login), CSRF for its own requests
        // and the default session fixation protection (the session id changes at sign-in)
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"));
        return http.build();
    }

    /** BCrypt today, with a "{bcrypt}" prefix so a future algorithm can be introduced without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
