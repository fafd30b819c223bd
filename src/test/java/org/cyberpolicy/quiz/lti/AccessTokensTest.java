package org.cyberpolicy.quiz.lti;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * The client credentials grant against a platform's token address (WireMock): the signed assertion and the form, a
 * token kept per platform and scopes until shortly before it expires, and refusals that carry the status and a short
 * excerpt without any token.
 */
class AccessTokensTest {

    static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    static final String LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";

    static WireMockServer lms;
    static RsaJsonWebKey toolKey;

    MovableClock clock;
    AccessTokens tokens;
    Platform platform;

    @BeforeAll
    static void start() {
        lms = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        lms.start();
        toolKey = FakePlatform.newKey("tool-kid-1");
    }

    @AfterAll
    static void stop() {
        lms.stop();
    }

    @BeforeEach
    void fresh() {
        lms.resetAll();
        clock = new MovableClock(Instant.parse("2026-12-05T10:00:00Z"));
        tokens = new AccessTokens(() -> toolKey, HttpClient.newHttpClient(), clock);
        platform = platform("/token");
        answer(200, "{\"access_token\":\"secret-token-1\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                + "\"scope\":\"" + SCORE + "\"}");
    }

    Platform platform(String tokenPath) {
        return new Platform(7L, Platform.Source.REGISTERED, new PlatformSpec("https://lms.example.edu", "client-77",
                List.of("1"), "https://lms.example.edu/auth", "http://127.0.0.1:" + lms.port() + tokenPath,
                "https://lms.example.edu/jwks"), "someone", Instant.now());
    }

    void answer(int status, String body) {
        lms.stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    static Map<String, String> form(LoggedRequest request) {
        Map<String, String> form = new HashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            String[] parts = pair.split("=", 2);
            form.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return form;
    }

    int requests() {
        return lms.findAll(postRequestedFor(urlEqualTo("/token"))).size();
    }

    @Test
    void theRequestIsTheClientCredentialsGrantWithAnAssertionSignedByTheToolsKey() throws Exception {
        AccessTokens.AccessToken token = tokens.token(platform, List.of(SCORE));
        assertEquals("secret-token-1", token.value());
        assertEquals(SCORE, token.scope());

        LoggedRequest request = lms.findAll(postRequestedFor(urlEqualTo("/token"))).get(0);
        assertTrue(request.getHeader("Content-Type").startsWith("application/x-www-form-urlencoded"));
        Map<String, String> form = form(request);
        assertEquals("client_credentials", form.get("grant_type"));
        assertEquals("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", form.get("client_assertion_type"));
        assertEquals(SCORE, form.get("scope"));

        String assertion = form.get("client_assertion");
        assertEquals("tool-kid-1", JsonWebStructure.fromCompactSerialization(assertion).getKeyIdHeaderValue());
        assertEquals("RS256", JsonWebStructure.fromCompactSerialization(assertion).getAlgorithmHeaderValue());
        RsaJsonWebKey publicOnly = new RsaJsonWebKey(toolKey.getRsaPublicKey());
        publicOnly.setKeyId(toolKey.getKeyId());
        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(publicOnly).getJsonWebKeys()))
                .setEvaluationTime(org.jose4j.jwt.NumericDate.fromSeconds(clock.instant().getEpochSecond()))
                .setExpectedIssuer("client-77")
                .setExpectedAudience(platform.spec().tokenUrl())
                .setRequireExpirationTime().setRequireIssuedAt().setRequireJwtId()
                .build().processToClaims(assertion);
        assertEquals("client-77", claims.getSubject());
        assertEquals(clock.instant().getEpochSecond(), claims.getIssuedAt().getValue());
        assertEquals(300, claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue());

        tokens.forget(platform, List.of(SCORE));
        tokens.token(platform, List.of(SCORE));
        String second = form(lms.findAll(postRequestedFor(urlEqualTo("/token"))).get(1)).get("client_assertion");
        JwtClaims secondClaims = JwtClaims.parse(new String(java.util.Base64.getUrlDecoder()
                .decode(second.split("\\.")[1]), StandardCharsets.UTF_8));
        assertNotEquals(claims.getJwtId(), secondClaims.getJwtId(), "each assertion has its own jti");
    }

    @Test
    void aTokenIsKeptPerPlatformAndSetOfScopes() {
        AccessTokens.AccessToken first = tokens.token(platform, List.of(SCORE, LINEITEM));
        assertSame(first, tokens.token(platform, List.of(LINEITEM, SCORE)), "the same scopes in another order");
        assertEquals(1, requests());
        assertEquals(LINEITEM + " " + SCORE, form(lms.findAll(postRequestedFor(urlEqualTo("/token"))).get(0))
                .get("scope"));

        tokens.token(platform, List.of(SCORE));
        assertEquals(2, requests(), "other scopes, another token");
        Platform other = new Platform(8L, Platform.Source.REGISTERED, new PlatformSpec("https://other.example.edu",
                "client-88", List.of("1"), "https://other.example.edu/auth", platform.spec().tokenUrl(),
                "https://other.example.edu/jwks"), "someone", Instant.now());
        tokens.token(other, List.of(SCORE));
        assertEquals(3, requests(), "another platform, another token");
    }

    @Test
    void aTokenIsFetchedAgainShortlyBeforeItExpires() {
        AccessTokens.AccessToken first = tokens.token(platform, List.of(SCORE));
        clock.advance(Duration.ofSeconds(3600 - 61));
        assertSame(first, tokens.token(platform, List.of(SCORE)));
        assertEquals(1, requests());

        clock.advance(Duration.ofSeconds(2));
        answer(200, "{\"access_token\":\"secret-token-2\",\"token_type\":\"bearer\",\"expires_in\":3600}");
        AccessTokens.AccessToken second = tokens.token(platform, List.of(SCORE));
        assertEquals("secret-token-2", second.value());
        assertEquals(2, requests());
        assertEquals(SCORE, second.scope(), "without a scope in the answer, the scopes asked for");
    }

    @Test
    void aShortLivedTokenIsRenewedAtHalfItsLife() {
        answer(200, "{\"access_token\":\"short\",\"token_type\":\"Bearer\",\"expires_in\":60}");
        tokens.token(platform, List.of(SCORE));
        clock.advance(Duration.ofSeconds(29));
        tokens.token(platform, List.of(SCORE));
        assertEquals(1, requests());
        clock.advance(Duration.ofSeconds(2));
        tokens.token(platform, List.of(SCORE));
        assertEquals(2, requests());
    }

    @Test
    void aForgottenTokenIsFetchedAgain() {
        tokens.token(platform, List.of(SCORE));
        tokens.forget(platform, List.of(SCORE));
        tokens.token(platform, List.of(SCORE));
        assertEquals(2, requests());
    }

    @Test
    void aRefusalCarriesTheStatusAndTheOAuthErrorWithoutAnyToken() {
        String echoed = tokens.assertion(platform, clock.instant());
        answer(400, "{\"error\":\"invalid_client\",\"error_description\":\"the assertion " + echoed
                + " does not verify\"}");
        AccessTokens.AccessTokenException refused = assertThrows(AccessTokens.AccessTokenException.class,
                () -> tokens.token(platform, List.of(SCORE)));
        assertEquals(400, refused.status());
        assertTrue(refused.excerpt().startsWith("invalid_client: the assertion "), refused.excerpt());
        assertFalse(refused.getMessage().contains(echoed.split("\\.")[1]), refused.getMessage());
        assertFalse(refused.getMessage().contains(echoed.split("\\.")[2]), refused.getMessage());
        assertTrue(refused.getMessage().contains("HTTP 400"), refused.getMessage());
    }

    @Test
    void aLongPageIsCutShortAndAnAnswerWithoutTokenIsARefusal() {
        answer(500, "<html>" + "Internal error\n".repeat(100) + "</html>");
        AccessTokens.AccessTokenException refused = assertThrows(AccessTokens.AccessTokenException.class,
                () -> tokens.token(platform, List.of(SCORE)));
        assertEquals(500, refused.status());
        assertTrue(refused.excerpt().length() <= 201, refused.excerpt());
        assertFalse(refused.excerpt().contains("\n"));

        answer(200, "{\"token_type\":\"Bearer\"}");
        refused = assertThrows(AccessTokens.AccessTokenException.class, () -> tokens.token(platform, List.of(SCORE)));
        assertEquals("the answer has no access_token", refused.excerpt());

        answer(200, "{\"access_token\":\"x\",\"token_type\":\"mac\"}");
        refused = assertThrows(AccessTokens.AccessTokenException.class, () -> tokens.token(platform, List.of(SCORE)));
        assertTrue(refused.excerpt().contains("not Bearer"), refused.excerpt());
    }

    @Test
    void anUnreachablePlatformIsStatusZero() {
        Platform gone = new Platform(9L, Platform.Source.REGISTERED, new PlatformSpec("https://lms.example.edu",
                "client-77", List.of("1"), "https://lms.example.edu/auth", "http://127.0.0.1:1/token",
                "https://lms.example.edu/jwks"), "someone", Instant.now());
        AccessTokens.AccessTokenException refused = assertThrows(AccessTokens.AccessTokenException.class,
                () -> tokens.token(gone, List.of(SCORE)));
        assertEquals(0, refused.status());
    }

    @Test
    void theTokenIsNotInItsToString() {
        assertFalse(tokens.token(platform, List.of(SCORE)).toString().contains("secret-token-1"));
    }

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
