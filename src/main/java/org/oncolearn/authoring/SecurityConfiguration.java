package org.oncolearn.authoring;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.oncolearn.account.Roles;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Spring Security through Vaadin's configurer: views are open only as their access annotations say (learner views
 * are anonymous, educator views need the EDUCATOR role), sign-in is the form on {@link LoginView}.
 *
 * <p>On top of Vaadin's defaults: the sign-in form needs the CSRF token like every other form (Vaadin exempts the
 * login address; its login form sends the token itself), every response carries a Content-Security-Policy and a
 * Referrer-Policy besides Spring's nosniff, no-store and (over HTTPS) HSTS headers, sessions are registered so that
 * a password change or a disabled account can end them, and mistyped addresses reach Vaadin's not-found page
 * instead of the sign-in page.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * What Vaadin's pages need: Flow's bootstrap and Lumo use inline scripts, {@code eval} in the client engine and
     * inline styles (see Vaadin's documentation on Content-Security-Policy). Images: the app's own, inline raster
     * images and https/http addresses, exactly what lesson Markdown may show. Nothing may frame the app.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: https: http:; font-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Public addresses served outside Vaadin's router (the patient self-check is a static page of its own). */
    static final String[] PUBLIC_PATHS = {"/app/**", "/self-check", "/self-check/**"};

    /** "Try the package": the LMS page, the package's files and the runtime, for educators only. */
    static final String TRY_PACKAGE_PATHS = TryPackagePages.BASE + "/**";

    private static final RequestMatcher TRY_PACKAGE =
            PathPatternRequestMatcher.withDefaults().matcher(TRY_PACKAGE_PATHS);
    private static final RequestMatcher SELF_CHECK =
            PathPatternRequestMatcher.withDefaults().matcher("/self-check");
    private static final RequestMatcher SELF_CHECK_PAGES =
            PathPatternRequestMatcher.withDefaults().matcher("/self-check/**");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadin, SessionRegistry sessions)
            throws Exception {
        // The app's own stylesheet and images are public, like Vaadin's; so is the patient self-check, with no
        // account and no session needed.
        http.authorizeHttpRequests(requests -> requests.requestMatchers(TRY_PACKAGE_PATHS)
                .hasRole(Roles.EDUCATOR)
                .requestMatchers(PUBLIC_PATHS)
                .permitAll()
                // An address that is no view at all (a typo) gets Vaadin's page-not-found view, for everyone,
                // instead of the sign-in page; views keep their access rules.
                .requestMatchers(request -> !vaadin.isSecuredFlowRoute(request))
                .permitAll());
        // Vaadin protects its own requests with its own token; every other POST, the sign-in form included, needs
        // Spring's token (Vaadin's login form reads it from the page and sends it along).
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadin::isFrameworkInternalRequest));
        // Written before the request goes on: Vaadin's page responses commit in a way that skips headers written
        // on commit, and used to carry none of these. Being written first, no-store would also override the caching
        // that Vaadin's static files and the patient self-check (a page with no CSRF token) choose, so not there.
        // Nothing may frame the app, except that "Try the package" frames its LMS page, which frames the package:
        // both of the same origin, and both only for educators.
        http.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        TRY_PACKAGE, new XFrameOptionsHeaderWriter(XFrameOptionsMode.SAMEORIGIN)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(TRY_PACKAGE), new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY)))
                .cacheControl(cache -> cache.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(new OrRequestMatcher(
                                PathPatternRequestMatcher.withDefaults().matcher("/VAADIN/**"),
                                SELF_CHECK,
                                SELF_CHECK_PAGES)),
                        new CacheControlHeadersWriter()))
                .addHeaderWriter(contentSecurityPolicy())
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        http.sessionManagement(
                session -> session.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login"));
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        configurer -> configurer.loginView(LoginView.class, "/").enableCsrfConfiguration(false))
                .build();
    }

    /**
     * The CSP for Vaadin's pages. Not for {@code /self-check/**} and the pages of "Try the package": they send their
     * own, stricter policies (which let the app frame them), and a second header would be enforced together with it.
     */
    private static HeaderWriter contentSecurityPolicy() {
        return new DelegatingRequestMatcherHeaderWriter(
                new NegatedRequestMatcher(new OrRequestMatcher(SELF_CHECK, SELF_CHECK_PAGES, TRY_PACKAGE)),
                new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY));
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends, so that it does not keep ended sessions. */
    @Bean
    ServletListenerRegistrationBean<HttpSessionEventPublisher> sessionEvents() {
        return new ServletListenerRegistrationBean<>(new HttpSessionEventPublisher());
    }
}
