package org.cyberpolicy.quiz.lti;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import org.cyberpolicy.quiz.account.AddressRateLimit;
import org.cyberpolicy.quiz.bank.CurrentBank;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The two steps of an LTI 1.3 launch (IMS Security Framework §5.1.1, OpenID Connect's implicit flow): the platform's
 * login initiation, answered with a redirect to its authorization address carrying a fresh {@code state} and
 * {@code nonce}; then the launch, whose {@code id_token} is checked ({@link LaunchValidator}) before its user is
 * signed in ({@link LtiAccounts}) and sent to the quiz the link names.
 */
@ApplicationScoped
public class LtiLaunches {

    private static final Logger LOG = Logger.getLogger(LtiLaunches.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern QUIZ_LINK = Pattern.compile("/lti/quizzes/([A-Za-z0-9._-]{1,100})/?");

    /** What the platform sent to {@code /lti/login}. */
    public record LoginRequest(String issuer, String loginHint, String targetLinkUri, String ltiMessageHint,
            String clientId, String deploymentId, String address) {
    }

    /** Where to send the browser, and the state to bind to it. */
    public record LoginRedirect(String location, String state) {
    }

    /**
     * A launch accepted: for a resource link, the session begun and where to go; for a deep linking request, who asked
     * (no session) and the request waiting for the pick ({@code path} null).
     */
    public record Launched(LtiAccounts.SignedIn user, String path, Optional<DeepLinks.Waiting> deepLink) {
    }

    private final Platforms platforms;
    private final PlatformKeys keys;
    private final LtiAccounts accounts;
    private final CurrentBank bank;
    private final LtiConfig config;
    private final Clock clock = Clock.systemUTC();
    private final AddressRateLimit perAddress;
    private final LtiLinks links;
    private final DeepLinks deepLinks;
    private final LineItems lineItems;

    LtiLaunches(Platforms platforms, PlatformKeys keys, LtiAccounts accounts, CurrentBank bank, LtiConfig config,
            LtiLinks links, DeepLinks deepLinks, LineItems lineItems) {
        this.links = links;
        this.deepLinks = deepLinks;
        this.lineItems = lineItems;
        this.platforms = platforms;
        this.keys = keys;
        this.accounts = accounts;
        this.bank = bank;
        this.config = config;
        this.perAddress = new AddressRateLimit(config.loginsPerAddress(), config.loginsWindow(), 10_000,
                clock::instant);
    }

    /**
     * Answers a login initiation.
     *
     * @param launchUrl this tool's launch address, sent as {@code redirect_uri}
     * @throws LaunchRefusal for a missing parameter, an unknown platform or deployment
     */
    public LoginRedirect login(LoginRequest request, String launchUrl) {
        requireParameter("iss", request.issuer());
        requireParameter("login_hint", request.loginHint());
        requireParameter("target_link_uri", request.targetLinkUri());
        Platform platform = platforms.forLogin(request.issuer(), request.clientId());
        Optional<Duration> wait = perAddress.take(request.address());
        if (wait.isPresent()) {
            throw new LaunchRefusal(LaunchProblem.TOO_MANY_LOGINS, "Too many sign-ins from your network in a short"
                    + " time; try again in a moment.", wait);
        }
        if (present(request.deploymentId()) && !platform.knowsDeployment(request.deploymentId())) {
            throw new LaunchRefusal(LaunchProblem.UNKNOWN_DEPLOYMENT, "The deployment '"
                    + LaunchRefusal.shown(request.deploymentId()) + "' is not registered for this platform.");
        }
        String state = random();
        String nonce = random();
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            LoginState.forgetExpired(now);
            if (LoginState.count() >= config.maxPendingLogins()) {
                throw new LaunchRefusal(LaunchProblem.TOO_MANY_LOGINS, "Too many sign-ins are under way; try again"
                        + " in a minute.", Optional.of(Duration.ofMinutes(1)));
            }
            LoginState row = new LoginState();
            row.state = state;
            row.nonce = nonce;
            row.issuer = platform.issuer();
            row.clientId = platform.clientId();
            row.expiresAt = now.plus(config.loginTimeout());
            row.persist();
        });
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("scope", "openid");
        parameters.put("response_type", "id_token");
        parameters.put("response_mode", "form_post");
        parameters.put("prompt", "none");
        parameters.put("client_id", platform.clientId());
        parameters.put("redirect_uri", launchUrl);
        parameters.put("login_hint", request.loginHint());
        if (present(request.ltiMessageHint())) {
            parameters.put("lti_message_hint", request.ltiMessageHint());
        }
        parameters.put("state", state);
        parameters.put("nonce", nonce);
        return new LoginRedirect(withQuery(platform.spec().authLoginUrl(), parameters), state);
    }

    /**
     * Checks a launch and signs its user in; or, for a deep linking request, finds its user and keeps the request.
     *
     * @param browserHasState whether the browser brought the cookie the login set for this state (required of
     *                        resource link launches only)
     * @throws LaunchRefusal saying what is wrong
     */
    public Launched launch(String idToken, String state, boolean browserHasState) {
        requireParameter("id_token", idToken);
        requireParameter("state", state);
        Instant now = clock.instant();
        // The state is used once, whatever follows: a refused launch cannot be tried again with it.
        LoginState login = QuarkusTransaction.requiringNew().call(() -> {
            LoginState row = LoginState.findById(state);
            // Deleted by a bulk delete that counts: of two launches racing with one state, one only gets it.
            return row != null && LoginState.delete("state", state) == 1 ? row : null;
        });
        if (login == null || login.expiresAt.isBefore(now)) {
            throw new LaunchRefusal(LaunchProblem.BAD_STATE, login == null
                    ? "This launch follows no login of this tool, or was used already: start the activity again"
                            + " from the course."
                    : "The login took too long: start the activity again from the course.");
        }
        Platform platform = platforms.find(login.issuer, login.clientId).orElseThrow(() -> new LaunchRefusal(
                LaunchProblem.UNKNOWN_PLATFORM, "The platform of this login is no longer registered."));
        LaunchValidator validator = new LaunchValidator(config.clockSkew(), config.maxTokenAge(), clock);
        LaunchClaims claims = validator.validate(idToken, platform, login.nonce, keys.resolver(platform));
        // A deep linking request goes to the picker of its own (DeepLinks), a resource link launch to its quiz.
        boolean deepLinking = claims.deepLinking().isPresent();
        // The state's cookie binds a launch to the browser whose login began it, against login CSRF: another site
        // posting the attacker's own launch to sign its visitor in as the attacker. A deep linking request signs
        // nobody in (no session; its picker's forms hold a single-use id, which the attacker would only hand to the
        // victim to pick into the attacker's course), so it needs no such binding, and cannot have it in the
        // platform's frame, where browsers withhold third-party cookies (docs/security.md, "LTI launches"). The
        // message type is known only from the verified token, so this check follows the validation.
        if (!browserHasState && !deepLinking) {
            throw new LaunchRefusal(LaunchProblem.BAD_STATE, "The launch did not come back to the browser that"
                    + " started it (its cookie is missing: is the tool opened in a new window, and are cookies"
                    + " allowed?).");
        }
        String quizPath = deepLinking ? null : quizPath(claims);
        String passwordHash = accounts.unusablePasswordHash();
        LtiAccounts.SignedIn user = QuarkusTransaction.requiringNew().call(() -> {
            UsedNonce.forgetExpired(now);
            if (UsedNonce.isUsed(claims.issuer(), claims.nonce())) {
                throw replayed();
            }
            try {
                UsedNonce.use(claims.issuer(), claims.nonce(), claims.expiresAt().plus(config.clockSkew()));
                UsedNonce.flush();
            } catch (PersistenceException sameNonceAtOnce) {
                // Two launches with one nonce at the same moment: the primary key lets one through.
                throw replayed();
            }
            return deepLinking ? accounts.identify(claims, passwordHash, now)
                    : accounts.signIn(claims, passwordHash, now);
        });
        links.record(platform, claims, quizIdOf(claims.targetLinkUri()).or(claims::customQuizId), now)
                .ifPresent(lineItems::ensureSoon);
        Optional<DeepLinks.Waiting> deepLink = deepLinking
                ? Optional.of(deepLinks.begin(user.accountId(), platform, claims, now)) : Optional.empty();
        LOG.infof("LTI %s: %s %s as %s (%s) from %s, deployment %s%s", deepLinking ? "deep linking request"
                : "launch", user.username(), deepLinking ? "asked, no session," : "signed in",
                claims.appRole(), user.created() ? "new account" : "known account", LaunchRefusal.shown(
                        claims.issuer()), LaunchRefusal.shown(claims.deploymentId()),
                claims.contextId().map(c -> ", course " + LaunchRefusal.shown(c)).orElse(""));
        return new Launched(user, quizPath, deepLink);
    }

    private static LaunchRefusal replayed() {
        return new LaunchRefusal(LaunchProblem.REPLAYED_NONCE, "This token was used for a launch already.");
    }

    /** The quiz the link names: its target link URI {@code .../lti/quizzes/ID}, else the custom {@code quiz_id}. */
    private String quizPath(LaunchClaims claims) {
        Optional<String> quizId = quizIdOf(claims.targetLinkUri()).or(claims::customQuizId);
        if (quizId.isEmpty()) {
            return "/";
        }
        if (bank.get().quiz(quizId.get()).isEmpty()) {
            throw new LaunchRefusal(LaunchProblem.UNKNOWN_QUIZ, "The link names the quiz '"
                    + LaunchRefusal.shown(quizId.get()) + "', which the bank does not have (any more).");
        }
        return "/quizzes/" + URLEncoder.encode(quizId.get(), StandardCharsets.UTF_8);
    }

    static Optional<String> quizIdOf(String targetLinkUri) {
        if (targetLinkUri == null) {
            return Optional.empty();
        }
        try {
            String path = new URI(targetLinkUri).getPath();
            Matcher matcher = path == null ? null : QUIZ_LINK.matcher(path);
            return matcher != null && matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static void requireParameter(String name, String value) {
        if (!present(value)) {
            throw new LaunchRefusal(LaunchProblem.MISSING_PARAMETER, "The platform did not send the parameter '"
                    + name + "'.");
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String withQuery(String base, Map<String, String> parameters) {
        StringBuilder url = new StringBuilder(base);
        char separator = base.contains("?") ? '&' : '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            url.append(separator).append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return url.toString();
    }
}
