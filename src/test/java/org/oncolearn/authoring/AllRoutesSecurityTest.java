package org.oncolearn.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.oncolearn.delivery.PageNotFoundView;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every route in the route registry is either on the short list of public learner routes, or denied to anonymous
 * users and to learners. A new route is therefore protected unless someone adds it to the list on purpose.
 */
@SpringBootTest(properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
class AllRoutesSecurityTest {

    private static final Set<String> PUBLIC_ROUTES =
            Set.of("", "course/:___url_parameter", "review/:___url_parameter", "login");

    static List<RouteData> routes() {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes();
    }

    /** The route with any parameter filled in (with the bundled course id), so parameterised routes count too. */
    static String location(RouteData route) {
        return route.getTemplate().replaceAll(":[^/]+", "immunotherapy");
    }

    static boolean isPublic(RouteData route) {
        return PUBLIC_ROUTES.contains(route.getTemplate());
    }

    @Nested
    class Anonymous extends SpringBrowserlessTest {

        @Test
        void anonymous_visitors_are_sent_to_sign_in_from_every_route_that_is_not_public() {
            List<RouteData> routes = routes();
            assertThat(routes).hasSizeGreaterThanOrEqualTo(9);
            for (RouteData route : routes) {
                UI.getCurrent().navigate(location(route));
                if (isPublic(route)) {
                    // A public view may send a visitor on (a course without a learner goes to the start page).
                    if (route.getNavigationTarget() != LoginView.class) {
                        assertThat(getCurrentView()).as("/%s", location(route)).isNotInstanceOf(LoginView.class);
                    }
                } else {
                    assertThat(getCurrentView()).as("/%s", location(route)).isInstanceOf(LoginView.class);
                }
            }
        }

        @Test
        void the_public_routes_are_the_learner_and_patient_routes_and_sign_in() {
            assertThat(routes().stream().map(RouteData::getTemplate).filter(PUBLIC_ROUTES::contains))
                    .containsExactlyInAnyOrderElementsOf(PUBLIC_ROUTES);
        }
    }

    @Nested
    @WithMockUser(username = "lena", roles = "LEARNER")
    class Learner extends SpringBrowserlessTest {

        @Test
        void learners_are_denied_every_route_that_is_not_public() {
            for (RouteData route : routes()) {
                if (!isPublic(route)) {
                    // Vaadin answers a signed-in user without the role as if the page did not exist.
                    assertThat(navigate(location(route), PageNotFoundView.class))
                            .as("a learner opening /%s", location(route))
                            .isNotNull();
                }
            }
        }
    }

    @Nested
    @WithMockUser(username = "ana", roles = "EDUCATOR")
    class Educator extends SpringBrowserlessTest {

        @Test
        void educators_reach_every_educator_route() {
            for (RouteData route : routes()) {
                if (!isPublic(route)) {
                    assertThat(navigate(location(route), route.getNavigationTarget()))
                            .as("/%s", location(route))
                            .isNotNull();
                }
            }
        }
    }
}
