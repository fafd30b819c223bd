package org.cyberpolicy.quiz.account.session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.cyberpolicy.quiz.account.session.SessionConfig;
import org.cyberpolicy.quiz.account.session.SessionPrincipal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * Turns a signed-in browser's session cookie back into an identity, on every request that carries one. The cookie
 * names the account and its session ({@link SessionPrincipal}): a session that has ended (signed out, ended by a
 * password change or by an instructor) or grown older than {@code quiz.session.max-age} signs nobody in, on any
 * instance. The account's roles are read afresh, as security-jpa's own provider would, so that an account removed or
 * changed since sign-in counts as it is now. Unlike that provider, the identity also carries the account's id
 * ({@link #ACCOUNT_ID}), username ({@link #USERNAME}), display name ({@link #DISPLAY_NAME}) and session
 * ({@link #SESSION_ID}): pages and the API then need no second and third lookup of the account by name (those were a
 * fifth of the attempt page's time; docs/performance.md). One indexed query over the session and its account, as
 * plain JDBC: no entity is built.
 */
@ApplicationScoped
public class SessionIdentities implements IdentityProvider<TrustedAuthenticationRequest> {

    /** The identity attribute holding the account's id, a {@link Long}. */
    public static final String ACCOUNT_ID = "org.cyberpolicy.quiz.account-id";
    /** The identity attribute holding the account's display name, for every page's header. */
    public static final String DISPLAY_NAME = "org.cyberpolicy.quiz.display-name";
    /** The identity attribute holding the account's username, which a session's principal carries with its id. */
    public static final String USERNAME = "org.cyberpolicy.quiz.username";
    /** The identity attribute holding the id of the browser session, when the identity comes from one. */
    public static final String SESSION_ID = "org.cyberpolicy.quiz.session-id";

    private static final String QUERY = "select a.id, a.role, a.display_name from user_session s"
            + " join account a on a.id = s.account_id"
            + " where s.id = ? and a.username = ? and s.ended_at is null and s.created_at > ? and a.active = true";

    private final DataSource dataSource;
    private final SessionConfig config;
    private final String cookieName;
    private final String cookiePath;
    private final Clock clock = Clock.systemUTC();

    SessionIdentities(DataSource dataSource, SessionConfig config,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
            String cookieName,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-path", defaultValue = "/") String cookiePath) {
        this.dataSource = dataSource;
        this.config = config;
        this.cookieName = cookieName;
        this.cookiePath = cookiePath;
    }

    /** The username of whoever is signed in, whether through a session or with a name and password. */
    public static String usernameOf(SecurityIdentity identity) {
        String carried = identity.getAttribute(USERNAME);
        return carried != null ? carried : SessionPrincipal.usernameOf(identity.getPrincipal().getName());
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    /** Before security-jpa's provider for the same requests, which keeps the default. */
    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        // A cookie without a session (from before sessions were kept) cannot be ended, so it signs nobody in.
        Optional<SessionPrincipal> principal = SessionPrincipal.parse(request.getPrincipal());
        if (principal.isEmpty()) {
            return Uni.createFrom().failure(noSession(http));
        }
        return context.runBlocking(() -> identityOf(principal.get()).orElseThrow(() -> noSession(http)));
    }

    /**
     * The failure of a cookie whose session is over. The cookie is cleared with the answer, and the request is then
     * challenged as one that brought no cookie at all: a page sends the browser to the sign-in page (which then opens,
     * instead of sending it there again for the same cookie), and a script under {@code /api} gets 401. Quarkus's form
     * mechanism marks itself as the one to challenge once it has read a cookie; the mark is taken away here.
     */
    private AuthenticationFailedException noSession(RoutingContext http) {
        if (http != null) {
            http.response().addCookie(Cookie.cookie(cookieName, "").setPath(cookiePath).setMaxAge(0)
                    .setHttpOnly(true));
            http.remove(HttpAuthenticationMechanism.class.getName());
        }
        return new AuthenticationFailedException("the session of this cookie is over");
    }

    Optional<SecurityIdentity> identityOf(SessionPrincipal principal) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(QUERY)) {
            query.setString(1, principal.sessionId());
            query.setString(2, principal.username());
            query.setObject(3, OffsetDateTime.ofInstant(clock.instant().minus(config.maxAge()), ZoneOffset.UTC));
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                // The principal keeps the session: Quarkus renews the cookie with its name.
                QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(principal.name()))
                        .addAttribute(ACCOUNT_ID, row.getLong("id"))
                        .addAttribute(USERNAME, principal.username())
                        .addAttribute(SESSION_ID, principal.sessionId())
                        .addAttribute(DISPLAY_NAME, row.getString("display_name"));
                // security-jpa reads a String role column as a comma-separated list; so does this.
                for (String role : row.getString("role").split(",")) {
                    if (!role.isBlank()) {
                        identity.addRole(role.strip());
                    }
                }
                return Optional.of(identity.build());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the session of '" + principal.username() + "'", e);
        }
    }
}
