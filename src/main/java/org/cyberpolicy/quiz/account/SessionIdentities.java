package org.cyberpolicy.quiz.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Turns a signed-in browser's session cookie back into an identity, on every request that carries one. The cookie
 * names the account; its roles are read afresh, as security-jpa's own provider would, so that an account removed or
 * changed since sign-in counts as it is now. Unlike that provider, the identity also carries the account's id
 * ({@link #ACCOUNT_ID}) and display name ({@link #DISPLAY_NAME}): pages and the API then need no second and third
 * lookup of the account by name (those were a fifth of the attempt page's time; docs/performance.md). One indexed
 * query, as plain JDBC: no entity is built.
 */
@ApplicationScoped
public class SessionIdentities implements IdentityProvider<TrustedAuthenticationRequest> {

    /** The identity attribute holding the account's id, a {@link Long}. */
    public static final String ACCOUNT_ID = "org.cyberpolicy.quiz.account-id";
    /** The identity attribute holding the account's display name, for every page's header. */
    public static final String DISPLAY_NAME = "org.cyberpolicy.quiz.display-name";

    private final DataSource dataSource;

    SessionIdentities(DataSource dataSource) {
        this.dataSource = dataSource;
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
        return context.runBlocking(() -> identityOf(request.getPrincipal())
                .orElseThrow(() -> new AuthenticationFailedException("no account '" + request.getPrincipal() + "'")));
    }

    Optional<SecurityIdentity> identityOf(String username) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select id, role, display_name from account where username = ?")) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(username))
                        .addAttribute(ACCOUNT_ID, row.getLong("id"))
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
            throw new IllegalStateException("cannot read account '" + username + "'", e);
        }
    }
}
