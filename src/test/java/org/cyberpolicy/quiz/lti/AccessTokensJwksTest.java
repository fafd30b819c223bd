package org.cyberpolicy.quiz.lti;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.junit.QuarkusTest;

/** The running app's client assertion verifies with the key it publishes at {@code GET /lti/jwks}. */
@QuarkusTest
@Tag("database")
class AccessTokensJwksTest {

    static WireMockServer lms;

    @Inject
    AccessTokens tokens;

    @BeforeAll
    static void start() {
        lms = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        lms.start();
        lms.stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
    }

    @AfterAll
    static void stop() {
        lms.stop();
    }

    @Test
    void theAssertionVerifiesAgainstThePublishedKey() throws Exception {
        String tokenUrl = "http://127.0.0.1:" + lms.port() + "/token";
        Platform platform = new Platform(1L, Platform.Source.REGISTERED, new PlatformSpec("https://lms.example.edu",
                "client-jwks", List.of("1"), "https://lms.example.edu/auth", tokenUrl,
                "https://lms.example.edu/jwks"), "someone", Instant.now());
        assertEquals("t", tokens.token(platform, List.of(AccessTokensTest.SCORE)).value());

        String assertion = AccessTokensTest.form(lms.findAll(postRequestedFor(urlEqualTo("/token"))).get(0))
                .get("client_assertion");
        String jwks = given().get("/lti/jwks").then().statusCode(200).extract().asString();
        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(jwks).getJsonWebKeys()))
                .setExpectedIssuer("client-jwks")
                .setExpectedAudience(tokenUrl)
                .setRequireExpirationTime().setRequireIssuedAt().setRequireJwtId()
                .build().processToClaims(assertion);
        assertEquals("client-jwks", claims.getSubject());
    }
}
