package org.oncolearn.authoring;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security through Vaadin's configurer: views are open only as their access annotations say (learner views
 * are anonymous, educator views need the EDUCATOR role), sign-in is the form on {@link LoginView}.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // The app's own stylesheet and images are public, like Vaadin's; so is the patient self-check, a static page
        // that needs no session.
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/app/**", "/self-check", "/self-check/urgent-help")
                        .permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/"))
                .build();
    }
}
