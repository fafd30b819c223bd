package org.cyberpolicy.quiz.account.session;

import java.util.Optional;

/**
 * What the session cookie names: the account's username and its session's id, as {@code username|session}. Quarkus
 * keeps the principal's name in the cookie and renews the cookie with it, so the session id travels with every
 * renewal. Usernames never hold {@code |} (registration allows a-z, 0-9, '.', '_' and '-'), so the two parts cannot be
 * confused.
 */
public record SessionPrincipal(String username, String sessionId) {

    private static final char SEPARATOR = '|';

    public String name() {
        return username + SEPARATOR + sessionId;
    }

    /** The parts of a cookie's principal; empty for a name without a session (a cookie from before sessions). */
    public static Optional<SessionPrincipal> parse(String name) {
        int separator = name == null ? -1 : name.lastIndexOf(SEPARATOR);
        if (separator <= 0 || separator == name.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new SessionPrincipal(name.substring(0, separator), name.substring(separator + 1)));
    }

    /** The username of a principal's name, with or without a session. */
    public static String usernameOf(String name) {
        return parse(name).map(SessionPrincipal::username).orElse(name);
    }
}
