package org.cyberpolicy.quiz.lti;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * OAuth 2 access tokens the tool asks a platform for, to call its services (grades, rosters): the client credentials
 * grant with a signed JWT assertion (IMS Security Framework §4.1, RFC 7523). The assertion is signed RS256 with the
 * tool's key ({@link ToolKeys}, the key {@code GET /lti/jwks} publishes, with its {@code kid}); {@code iss} and
 * {@code sub} are the client id, {@code aud} the platform's token address, with {@code iat}, a 5-minute {@code exp}
 * and a random {@code jti}. A token is kept per platform and set of scopes until shortly before it expires.
 *
 * <p>Neither a token nor an assertion is ever logged or put in an exception's message.
 */
@ApplicationScoped
public class AccessTokens {

    static final String GRANT_TYPE = "client_credentials";
    static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(5);
    /** Used again until this long before it expires (half its life for tokens shorter than twice this). */
    static final Duration RENEW_BEFORE = Duration.ofSeconds(60);
    /** What a token without {@code expires_in} is taken to last. */
    static final Duration UNSAID_LIFETIME = Duration.ofMinutes(5);
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
    private static final int EXCERPT = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token as the platform gave it. Its {@code toString} leaves the token out. */
    public record AccessToken(String value, Instant expiresAt, String scope) {
        @Override
        public String toString() {
            return "AccessToken[expiresAt=" + expiresAt + ", scope=" + scope + "]";
        }
    }

    private record Key(String issuer, String clientId, String tokenUrl, String scopes) {
    }

    private final Supplier<RsaJsonWebKey> signingKey;
    private final HttpClient http;
    private final Clock clock;
    private final Map<Key, AccessToken> cache = new ConcurrentHashMap<>();
    private final Map<Key, Object> locks = new ConcurrentHashMap<>();

    @Inject
    AccessTokens(ToolKeys keys) {
        this(keys::current, HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build(), Clock.systemUTC());
    }

    AccessTokens(Supplier<RsaJsonWebKey> signingKey, HttpClient http, Clock clock) {
        this.signingKey = signingKey;
        this.http = http;
        this.clock = clock;
    }

    /**
     * A token for the platform with these scopes: the one kept if it is still good for a while, else a new one.
     *
     * @throws AccessTokenException with the platform's status and a short excerpt of its answer (no token in it)
     */
    public AccessToken token(Platform platform, Collection<String> scopes) {
        Key key = key(platform, scopes);
        AccessToken kept = cache.get(key);
        if (stillGood(kept)) {
            return kept;
        }
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            kept = cache.get(key);
            if (stillGood(kept)) {
                return kept;
            }
            AccessToken fresh = fetch(platform, key.scopes());
            cache.put(key, fresh);
            return fresh;
        }
    }

    /** Forgets the token kept for the platform and scopes (the platform refused it: 401), so that the next is new. */
    public void forget(Platform platform, Collection<String> scopes) {
        cache.remove(key(platform, scopes));
    }

    private boolean stillGood(AccessToken token) {
        return token != null && clock.instant().isBefore(token.expiresAt());
    }

    private static Key key(Platform platform, Collection<String> scopes) {
        return new Key(platform.issuer(), platform.clientId(), platform.spec().tokenUrl(),
                String.join(" ", new TreeSet<>(scopes)));
    }

    private AccessToken fetch(Platform platform, String scopes) {
        Instant now = clock.instant();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", GRANT_TYPE);
        form.put("client_assertion_type", ASSERTION_TYPE);
        form.put("client_assertion", assertion(platform, now));
        form.put("scope", scopes);
        HttpRequest request = HttpRequest.newBuilder(URI.create(platform.spec().tokenUrl()))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(formEncoded(form)))
                .build();
        HttpResponse<String> answer;
        try {
            answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AccessTokenException(0, "the token address could not be reached ("
                    + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AccessTokenException(0, "interrupted while asking for a token");
        }
        if (answer.statusCode() / 100 != 2) {
            throw new AccessTokenException(answer.statusCode(), excerpt(answer.body()));
        }
        Map<String, Object> json;
        try {
            json = JsonUtil.parseJson(answer.body());
        } catch (JoseException | RuntimeException e) {
            throw new AccessTokenException(answer.statusCode(), "the answer is not JSON");
        }
        if (!(json.get("access_token") instanceof String value) || value.isBlank()) {
            throw new AccessTokenException(answer.statusCode(), "the answer has no access_token");
        }
        if (json.get("token_type") instanceof String type && !type.equalsIgnoreCase("bearer")) {
            throw new AccessTokenException(answer.statusCode(), "the token is of type '" + shown(type)
                    + "', not Bearer");
        }
        Duration lifetime = json.get("expires_in") instanceof Number seconds && seconds.longValue() > 0
                ? Duration.ofSeconds(seconds.longValue())
                : UNSAID_LIFETIME;
        Duration renewBefore = lifetime.compareTo(RENEW_BEFORE.multipliedBy(2)) < 0 ? lifetime.dividedBy(2)
                : RENEW_BEFORE;
        String granted = json.get("scope") instanceof String scope ? scope : scopes;
        return new AccessToken(value, now.plus(lifetime).minus(renewBefore), granted);
    }

    /** The signed client assertion (IMS Security Framework §4.1.1). */
    String assertion(Platform platform, Instant now) {
        RsaJsonWebKey key = signingKey.get();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(platform.clientId());
        claims.setSubject(platform.clientId());
        claims.setAudience(platform.spec().tokenUrl());
        claims.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(now.plus(ASSERTION_LIFETIME).getEpochSecond()));
        byte[] jti = new byte[24];
        RANDOM.nextBytes(jti);
        claims.setJwtId(Base64.getUrlEncoder().withoutPadding().encodeToString(jti));
        return ToolKeys.sign(key, claims, "the client assertion");
    }

    private static String formEncoded(Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> field : form.entrySet()) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    /**
     * A short excerpt of a platform's refusal: its OAuth {@code error} and {@code error_description} when it sent
     * them, else the start of its body; anything shaped like a JWT or a long opaque string taken out, control
     * characters made spaces.
     */
    public static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "(no answer body)";
        }
        String text = body;
        try {
            Map<String, Object> json = JsonUtil.parseJson(body);
            if (json.get("error") instanceof String error) {
                text = json.get("error_description") instanceof String description ? error + ": " + description
                        : error;
            }
        } catch (JoseException | RuntimeException notJson) {
            // the body as it is
        }
        return shown(text);
    }

    static String shown(String text) {
        String clean = text.replaceAll("[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}", "[token]")
                .replaceAll("[A-Za-z0-9_+/=-]{40,}", "[…]")
                .replaceAll("\\p{Cntrl}", " ").replaceAll(" {2,}", " ").strip();
        return clean.length() <= EXCERPT ? clean : clean.substring(0, EXCERPT) + "…";
    }

    /** The platform did not give a token: its HTTP status (0 when it could not be reached) and what it said. */
    public static class AccessTokenException extends RuntimeException {

        private final int status;
        private final String excerpt;

        public AccessTokenException(int status, String excerpt) {
            super("The platform gave no access token" + (status == 0 ? "" : " (HTTP " + status + ")") + ": "
                    + excerpt, null, false, false);
            this.status = status;
            this.excerpt = excerpt;
        }

        /** The platform's HTTP status; 0 when it could not be reached. */
        public int status() {
            return status;
        }

        /** A short, token-free excerpt of the platform's answer. */
        public String excerpt() {
            return excerpt;
        }
    }
}
