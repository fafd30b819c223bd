package org.cyberpolicy.quiz.web.lti;

import java.net.URI;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.cyberpolicy.quiz.account.throttle.ClientAddresses;
import org.cyberpolicy.quiz.lti.LaunchRefusal;
import org.cyberpolicy.quiz.lti.LtiConfig;
import org.cyberpolicy.quiz.lti.LtiLaunches;
import org.cyberpolicy.quiz.web.errors.Errors;
import org.jboss.logging.Logger;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * {@code GET|POST /lti/login} and {@code POST /lti/launch}, the two addresses a platform sends browsers to. They are
 * routes of their own on the router, not REST resources, because both receive forms that another site (the platform)
 * posts: quarkus-rest-csrf would refuse them for want of our CSRF token, and {@code CrossSiteRequests} exempts exactly
 * these two paths from its Origin check (docs/security.md, "LTI launches"). What protects them instead: the login only
 * sets a cookie and redirects to a registered platform; the launch is proven by the platform's signed token, bound to
 * a login of this browser (the state and its cookie) and used once (the nonce). A deep linking request needs no such
 * binding, since it signs nobody in: it answers with the picker ({@link DeepLinkPage}) and no session.
 */
@ApplicationScoped
public class LtiRoutes {

    public static final String LOGIN = "/lti/login";
    public static final String LAUNCH = "/lti/launch";
    static final String STATE_COOKIE = "lti-state-";
    private static final int MAX_FORM = 64 * 1024;
    private static final Logger LOG = Logger.getLogger(LtiRoutes.class);

    private final LtiLaunches launches;
    private final LtiSessionCookie sessions;
    private final LtiConfig config;
    private final Errors errors;
    private final ClientAddresses addresses;
    private final DeepLinkPage deepLinkPage;

    LtiRoutes(LtiLaunches launches, LtiSessionCookie sessions, LtiConfig config, Errors errors,
            ClientAddresses addresses, DeepLinkPage deepLinkPage) {
        this.deepLinkPage = deepLinkPage;
        this.launches = launches;
        this.sessions = sessions;
        this.config = config;
        this.errors = errors;
        this.addresses = addresses;
    }

    void routes(@Observes Router router) {
        router.get(LOGIN).blockingHandler(this::login, false);
        router.post(LOGIN).handler(BodyHandler.create(false).setBodyLimit(MAX_FORM)).blockingHandler(this::login,
                false);
        router.post(LAUNCH).handler(BodyHandler.create(false).setBodyLimit(MAX_FORM)).blockingHandler(this::launch,
                false);
        router.route(LAUNCH).method(HttpMethod.GET).handler(context -> errors.send(context, 405,
                "The launch address takes the platform's form post only: start the activity from the course."));
    }

    private void login(RoutingContext context) {
        try {
            LtiLaunches.LoginRedirect redirect = launches.login(new LtiLaunches.LoginRequest(
                    parameter(context, "iss"), parameter(context, "login_hint"),
                    parameter(context, "target_link_uri"), parameter(context, "lti_message_hint"),
                    parameter(context, "client_id"), parameter(context, "lti_deployment_id"),
                    addresses.of(context.request())),
                    base(config, context) + LAUNCH);
            Cookie cookie = Cookie.cookie(STATE_COOKIE + redirect.state(), "1").setPath(LAUNCH).setHttpOnly(true)
                    .setMaxAge(config.loginTimeout().toSeconds());
            if (crossSiteCookiesWork(context)) {
                // The launch is a form the platform posts from its own site: only SameSite=None comes back with it.
                cookie.setSameSite(CookieSameSite.NONE).setSecure(true);
            } else {
                cookie.setSameSite(CookieSameSite.LAX);
            }
            context.response().addCookie(cookie);
            context.response().setStatusCode(302).putHeader("Location", redirect.location()).end();
        } catch (LaunchRefusal refusal) {
            refuse(context, "login", refusal);
        }
    }

    private void launch(RoutingContext context) {
        String state = parameter(context, "state");
        boolean browserHasState = state != null && context.request().getCookie(STATE_COOKIE + state) != null;
        try {
            LtiLaunches.Launched launched = launches.launch(parameter(context, "id_token"), state, browserHasState);
            if (browserHasState) {
                context.response().addCookie(Cookie.cookie(STATE_COOKIE + state, "").setPath(LAUNCH).setMaxAge(0));
            }
            if (launched.deepLink().isPresent()) {
                // No session and no redirect: the picker itself, which works in the platform's frame.
                deepLinkPage.picker(context, launched.deepLink().get());
                return;
            }
            sessions.write(context, launched.user().username(), launched.user().sessionId());
            context.response().setStatusCode(303).putHeader("Location", launched.path()).end();
        } catch (LaunchRefusal refusal) {
            refuse(context, "launch", refusal);
        }
    }

    private void refuse(RoutingContext context, String step, LaunchRefusal refusal) {
        // What was wrong, never the token or the state.
        refusal.retryAfter().ifPresent(wait -> context.response().putHeader("Retry-After",
                Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000))));
        LOG.warnf("LTI %s refused (%s): %s", step, refusal.problem().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                refusal.getMessage());
        errors.send(context, refusal.problem().status(), "The " + (step.equals("login") ? "sign-in from your course"
                : "launch from your course") + " was refused: " + refusal.problem().title().toLowerCase(Locale.ROOT)
                + ". " + refusal.getMessage());
    }

    /** A form field of a POST, else a query parameter. */
    private static String parameter(RoutingContext context, String name) {
        String value = context.request().method() == HttpMethod.POST ? context.request().getFormAttribute(name)
                : null;
        return value != null ? value : context.request().getParam(name);
    }

    /** The address platforms reach the app at: quiz.lti.base-url, else this request's scheme and host. */
    static String base(LtiConfig config, RoutingContext context) {
        return config.baseUrl().map(url -> url.replaceAll("/+$", "")).orElseGet(() -> {
            URI uri = URI.create(context.request().absoluteURI());
            return uri.getScheme() + "://" + uri.getRawAuthority();
        });
    }

    /**
     * Over HTTPS, and on this machine's loopback addresses (which browsers treat as secure), a cookie may be
     * {@code SameSite=None; Secure}; elsewhere on plain HTTP it cannot, and the launch will be refused for want of it
     * (LTI needs HTTPS).
     */
    private static boolean crossSiteCookiesWork(RoutingContext context) {
        if ("https".equalsIgnoreCase(context.request().scheme())) {
            return true;
        }
        String host = URI.create(context.request().absoluteURI()).getHost();
        return host != null && (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"));
    }
}
