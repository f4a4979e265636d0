package org.oncolearn.authoring;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request whose form body the server refuses to read (too many parts, parts too large, a malformed body) is
 * answered with 413 and logged in one line, before any other filter reads its parameters. Without this, the first
 * filter or servlet to ask for a parameter got the exception, and a 5 KB anonymous request wrote a 144-line stack
 * trace, twice. The app itself never receives multipart forms (uploads send the file as the body), so reading the
 * parameters of one here takes nothing away from anyone.
 */
@Configuration
class RefusedRequests {

    private static final Logger LOG = LoggerFactory.getLogger(RefusedRequests.class);

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> refusedRequestFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    private static final class Filter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String type = request.getContentType();
            if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
                try {
                    request.getParameterMap();
                } catch (IllegalStateException refused) {
                    refuse(request, response, refused);
                    return;
                }
            }
            chain.doFilter(request, response);
        }

        private static void refuse(HttpServletRequest request, HttpServletResponse response, Exception refused)
                throws IOException {
            Throwable cause = refused;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            LOG.warn(
                    "Refused {} {} from {}: unreadable form body ({}: {})",
                    request.getMethod(),
                    request.getRequestURI(),
                    request.getRemoteAddr(),
                    cause.getClass().getSimpleName(),
                    cause.getMessage());
            if (!response.isCommitted()) {
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            }
        }
    }
}
