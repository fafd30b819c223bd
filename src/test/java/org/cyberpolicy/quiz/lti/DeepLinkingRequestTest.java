package org.cyberpolicy.quiz.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.cyberpolicy.quiz.account.Account;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;

/**
 * A deep linking request (LtiDeepLinkingRequest, LTI Deep Linking 2.0) is checked like a launch, names no resource
 * link, must come from a teacher of the course, and must carry settings the tool can answer.
 */
class DeepLinkingRequestTest {

    private static final FakePlatform LMS = new FakePlatform("https://lms.example.edu", "client-1", "deployment-1");
    private static final Platform PLATFORM = LMS.platform("https://lms.example.edu/jwks");
    private static final String NONCE = "nonce-of-the-login";
    private static final String RETURN = "https://lms.example.edu/mod/lti/contentitem_return.php?course=2&sesskey=s3";

    private final LaunchValidator validator = new LaunchValidator(Duration.ofSeconds(60), Duration.ofMinutes(10),
            Clock.systemUTC());
    private final JwksVerificationKeyResolver keys = new JwksVerificationKeyResolver(List.<JsonWebKey>of(LMS.key));

    private static Map<String, Object> claims() {
        return LMS.deepLinkingClaims(NONCE, "teacher-1", RETURN, "opaque-data-42");
    }

    private LaunchClaims validate(Map<String, Object> claims) {
        return validator.validate(LMS.sign(claims), PLATFORM, NONCE, keys);
    }

    private LaunchRefusal refusal(Consumer<Map<String, Object>> change) {
        Map<String, Object> claims = claims();
        change.accept(claims);
        return assertThrows(LaunchRefusal.class, () -> validate(claims));
    }

    @Test
    void anInstructorsRequestGivesItsSettingsAndNoLink() {
        LaunchClaims request = validate(claims());
        assertEquals(Account.INSTRUCTOR, request.appRole());
        assertEquals(Optional.of("course-42"), request.contextId());
        DeepLinkSettings settings = request.deepLinking().orElseThrow();
        assertEquals(RETURN, settings.returnUrl());
        assertEquals(Optional.of("opaque-data-42"), settings.data());
        assertTrue(settings.acceptLineItem());
        assertEquals("https://lms.example.edu", settings.returnOrigin());
    }

    @Test
    void aResourceLinkLaunchHasNoDeepLinkingSettings() {
        Map<String, Object> launch = LMS.launchClaims(NONCE, "user-7", "indictments-exam", "https://quiz.example.edu");
        assertTrue(validate(launch).deepLinking().isEmpty());
        launch.remove(LaunchValidator.RESOURCE_LINK);
        assertEquals(LaunchProblem.MISSING_CLAIMS, assertThrows(LaunchRefusal.class, () -> validate(launch))
                .problem(), "a resource link launch still needs its resource_link");
    }

    @Test
    void aTeachingAssistantMayPickToo() {
        Map<String, Object> claims = claims();
        claims.put(LaunchValidator.ROLES, List.of(FakePlatform.INSTRUCTOR,
                "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant"));
        assertEquals(Account.ASSISTANT, validate(claims).appRole());
    }

    @Test
    void aLearnerIsRefused() {
        LaunchRefusal refusal = refusal(c -> c.put(LaunchValidator.ROLES, List.of(FakePlatform.LEARNER)));
        assertEquals(LaunchProblem.DEEP_LINKING_NOT_ALLOWED, refusal.problem());
        assertEquals(403, refusal.problem().status());
    }

    @Test
    void missingSettingsOrReturnAddressAreRefused() {
        assertEquals(LaunchProblem.MISSING_CLAIMS, refusal(c -> c.remove(DeepLinkSettings.CLAIM)).problem());
        assertEquals(LaunchProblem.MISSING_CLAIMS, refusal(c -> c.put(DeepLinkSettings.CLAIM, "text")).problem());
        assertEquals(LaunchProblem.MISSING_CLAIMS, refusal(c -> FakePlatform.settings(c)
                .remove("deep_link_return_url")).problem());
    }

    @Test
    void aReturnAddressThatIsNotHttpsIsRefusedWithoutQuotingIt() {
        LaunchRefusal plain = refusal(c -> FakePlatform.settings(c).put("deep_link_return_url",
                "http://lms.example.edu/return?sesskey=secret"));
        assertEquals(LaunchProblem.DEEP_LINKING_SETTINGS, plain.problem());
        assertTrue(plain.getMessage().contains("https"), plain.getMessage());
        assertFalse(plain.getMessage().contains("secret"), "the address (and its session key) is not repeated");
        assertEquals(LaunchProblem.DEEP_LINKING_SETTINGS, refusal(c -> FakePlatform.settings(c)
                .put("deep_link_return_url", "javascript:alert(1)")).problem());
        assertEquals(LaunchProblem.DEEP_LINKING_SETTINGS, refusal(c -> FakePlatform.settings(c)
                .put("deep_link_return_url", "https://user:pw@lms.example.edu/return")).problem());
        // On this machine's loopback, http is accepted (a platform in the tests).
        Map<String, Object> loopback = claims();
        FakePlatform.settings(loopback).put("deep_link_return_url", "http://127.0.0.1:8089/return");
        assertEquals("http://127.0.0.1:8089", validate(loopback).deepLinking().orElseThrow().returnOrigin());
    }

    @Test
    void aPlatformThatTakesNoResourceLinkIsRefused() {
        LaunchRefusal refusal = refusal(c -> FakePlatform.settings(c).put("accept_types", List.of("link", "file")));
        assertEquals(LaunchProblem.DEEP_LINKING_SETTINGS, refusal.problem());
        assertTrue(refusal.getMessage().contains("ltiResourceLink"), refusal.getMessage());
        assertEquals(LaunchProblem.DEEP_LINKING_SETTINGS, refusal(c -> FakePlatform.settings(c)
                .remove("accept_types")).problem());
    }

    @Test
    void dataIsOptionalButMustBeAShortString() {
        Map<String, Object> without = claims();
        FakePlatform.settings(without).remove("data");
        assertEquals(Optional.empty(), validate(without).deepLinking().orElseThrow().data());
        assertEquals(LaunchProblem.DEEP_LINKING_SETTINGS, refusal(c -> FakePlatform.settings(c)
                .put("data", "x".repeat(4001))).problem());
        assertEquals(LaunchProblem.DEEP_LINKING_SETTINGS, refusal(c -> FakePlatform.settings(c)
                .put("data", Map.of("a", 1))).problem());
    }

    @Test
    void onlyAnExplicitNoLeavesLineItemsOut() {
        Map<String, Object> no = claims();
        FakePlatform.settings(no).put("accept_lineitem", false);
        assertFalse(validate(no).deepLinking().orElseThrow().acceptLineItem());
        Map<String, Object> unsaid = claims();
        FakePlatform.settings(unsaid).remove("accept_lineitem");
        assertTrue(validate(unsaid).deepLinking().orElseThrow().acceptLineItem());
    }

    @Test
    void otherMessageTypesAreStillRefused() {
        Map<String, Object> review = LMS.launchClaims(NONCE, "user-7", "indictments-exam", "https://quiz.example.edu");
        review.put(LaunchValidator.MESSAGE_TYPE, "LtiSubmissionReviewRequest");
        assertEquals(LaunchProblem.WRONG_MESSAGE_TYPE, assertThrows(LaunchRefusal.class, () -> validate(review))
                .problem());
    }
}
