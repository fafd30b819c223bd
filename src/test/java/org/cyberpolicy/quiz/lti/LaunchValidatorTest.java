package org.cyberpolicy.quiz.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.cyberpolicy.quiz.account.Account;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;

/** The checks of a launch's id_token, each refusal on its own, against a platform's key set held in memory. */
class LaunchValidatorTest {

    private static final FakePlatform LMS = new FakePlatform("https://lms.example.edu", "client-1", "deployment-1");
    private static final Platform PLATFORM = LMS.platform("https://lms.example.edu/jwks");
    private static final String NONCE = "nonce-of-the-login";

    private final LaunchValidator validator = new LaunchValidator(Duration.ofSeconds(60), Duration.ofMinutes(10),
            Clock.systemUTC());
    private final JwksVerificationKeyResolver keys = new JwksVerificationKeyResolver(List.<JsonWebKey>of(LMS.key));

    private static Map<String, Object> claims() {
        return LMS.launchClaims(NONCE, "user-7", "indictments-exam", "https://quiz.example.edu");
    }

    private LaunchClaims validate(Map<String, Object> claims) {
        return validator.validate(LMS.sign(claims), PLATFORM, NONCE, keys);
    }

    private LaunchProblem refusal(Consumer<Map<String, Object>> change) {
        Map<String, Object> claims = claims();
        change.accept(claims);
        return assertThrows(LaunchRefusal.class, () -> validate(claims)).problem();
    }

    @Test
    void aValidLaunchGivesWhoWhereAndWhichLink() {
        LaunchClaims launch = validate(claims());
        assertEquals("https://lms.example.edu", launch.issuer());
        assertEquals("user-7", launch.subject());
        assertEquals("Ada Lovelace", launch.displayName());
        assertEquals(Account.STUDENT, launch.appRole());
        assertEquals(Optional.of("course-42"), launch.contextId());
        assertEquals(Optional.of("Cyber policy 101"), launch.contextTitle());
        assertEquals("deployment-1", launch.deploymentId());
        assertEquals("https://quiz.example.edu/lti/quizzes/indictments-exam", launch.targetLinkUri());
    }

    @Test
    void anInstructorOfTheCourseIsAnInstructor() {
        Map<String, Object> claims = claims();
        claims.put(LaunchValidator.ROLES, List.of(FakePlatform.INSTRUCTOR));
        assertEquals(Account.INSTRUCTOR, validate(claims).appRole());
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        Map<String, Object> claims = claims();
        LaunchRefusal refusal = assertThrows(LaunchRefusal.class,
                () -> validator.validate(LMS.sign(claims, LMS.forgedKey), PLATFORM, NONCE, keys));
        assertEquals(LaunchProblem.BAD_SIGNATURE, refusal.problem());
    }

    @Test
    void aTokenWhoseKeyIsNotPublishedIsRefused() {
        Map<String, Object> claims = claims();
        LaunchRefusal refusal = assertThrows(LaunchRefusal.class, () -> validator.validate(
                LMS.sign(claims, FakePlatform.newKey("unknown-kid")), PLATFORM, NONCE, keys));
        assertEquals(LaunchProblem.UNKNOWN_KEY, refusal.problem());
    }

    @Test
    void anExpiredTokenIsRefusedButASmallSkewIsForgiven() {
        long now = Instant.now().getEpochSecond();
        assertEquals(LaunchProblem.EXPIRED, refusal(c -> {
            c.put("iat", now - 400);
            c.put("exp", now - 100);
        }));
        Map<String, Object> claims = claims();
        claims.put("iat", now - 100);
        claims.put("exp", now - 30);
        validate(claims);
    }

    @Test
    void aTokenIssuedInTheFutureOrLongAgoIsRefused() {
        long now = Instant.now().getEpochSecond();
        assertEquals(LaunchProblem.EXPIRED, refusal(c -> {
            c.put("iat", now + 600);
            c.put("exp", now + 900);
        }));
        assertEquals(LaunchProblem.EXPIRED, refusal(c -> {
            c.put("iat", now - 3600);
            c.put("exp", now + 3600);
        }));
    }

    @Test
    void aTokenForAnotherToolIsRefused() {
        assertEquals(LaunchProblem.WRONG_AUDIENCE, refusal(c -> c.put("aud", "another-client")));
        assertEquals(LaunchProblem.WRONG_AUDIENCE, refusal(c -> c.put("aud", List.of("client-1", "other"))));
        assertEquals(LaunchProblem.WRONG_AUDIENCE, refusal(c -> c.put("azp", "other")));
        Map<String, Object> withAzp = claims();
        withAzp.put("aud", List.of("client-1", "other"));
        withAzp.put("azp", "client-1");
        validate(withAzp);
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        assertEquals(LaunchProblem.WRONG_ISSUER, refusal(c -> c.put("iss", "https://evil.example.com")));
    }

    @Test
    void aTokenWithTheNonceOfAnotherLoginIsRefused() {
        assertEquals(LaunchProblem.REPLAYED_NONCE, refusal(c -> c.put("nonce", "another-nonce")));
    }

    @Test
    void anUnknownDeploymentIsRefused() {
        assertEquals(LaunchProblem.UNKNOWN_DEPLOYMENT, refusal(c -> c.put(LaunchValidator.DEPLOYMENT_ID, "9")));
    }

    @Test
    void missingClaimsAreRefusedAllNamed() {
        Map<String, Object> claims = claims();
        claims.remove(LaunchValidator.MESSAGE_TYPE);
        claims.remove(LaunchValidator.RESOURCE_LINK);
        claims.remove(LaunchValidator.ROLES);
        claims.remove("nonce");
        LaunchRefusal refusal = assertThrows(LaunchRefusal.class, () -> validate(claims));
        assertEquals(LaunchProblem.MISSING_CLAIMS, refusal.problem());
        for (String name : List.of("message_type", "resource_link", "roles", "nonce")) {
            assertTrue(refusal.getMessage().contains(name), refusal.getMessage());
        }
        assertEquals(LaunchProblem.MISSING_CLAIMS, refusal(c -> c.remove("sub")));
        assertEquals(LaunchProblem.MISSING_CLAIMS, refusal(c -> c.remove("exp")));
        assertEquals(LaunchProblem.MISSING_CLAIMS, refusal(c -> c.remove(LaunchValidator.DEPLOYMENT_ID)));
        assertEquals(LaunchProblem.MISSING_CLAIMS, refusal(c -> c.put(LaunchValidator.RESOURCE_LINK, Map.of())));
    }

    @Test
    void anotherVersionOrMessageTypeIsRefused() {
        assertEquals(LaunchProblem.WRONG_VERSION, refusal(c -> c.put(LaunchValidator.VERSION, "1.1")));
        assertEquals(LaunchProblem.WRONG_MESSAGE_TYPE,
                refusal(c -> c.put(LaunchValidator.MESSAGE_TYPE, "LtiSubmissionReviewRequest")));
    }

    @Test
    void aRoleTheToolDoesNotKnowIsRefused() {
        assertEquals(LaunchProblem.NO_KNOWN_ROLE, refusal(c -> c.put(LaunchValidator.ROLES,
                List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor"))));
        assertEquals(LaunchProblem.NO_KNOWN_ROLE, refusal(c -> c.put(LaunchValidator.ROLES, List.of())));
    }

    @Test
    void anUnsignedOrGarbledTokenIsRefused() {
        LaunchRefusal garbled = assertThrows(LaunchRefusal.class,
                () -> validator.validate("not.a.token", PLATFORM, NONCE, keys));
        assertEquals(LaunchProblem.MALFORMED_TOKEN, garbled.problem());
        String unsigned = LMS.sign(claims());
        String[] parts = unsigned.split("\\.");
        String noneHeader = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        LaunchRefusal none = assertThrows(LaunchRefusal.class,
                () -> validator.validate(noneHeader + "." + parts[1] + ".", PLATFORM, NONCE, keys));
        assertEquals(LaunchProblem.BAD_SIGNATURE, none.problem());
        assertFalse(none.getMessage().contains(parts[1]));
    }
}
