package org.cyberpolicy.quiz.lti;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * A learning platform for the tests: its own RSA keys, its JWKS, and the id_tokens it would post to a launch. Each
 * token starts as a valid resource link launch of a learner; a test changes or removes one claim to see the refusal.
 */
public final class FakePlatform {

    public static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    public static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

    public final String issuer;
    public final String clientId;
    public final String deploymentId;
    public final RsaJsonWebKey key;
    /** A key of the same kid that the platform does not publish: a forger's. */
    public final RsaJsonWebKey forgedKey;

    public FakePlatform(String issuer, String clientId, String deploymentId) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.deploymentId = deploymentId;
        this.key = newKey("platform-key-1");
        this.forgedKey = newKey("platform-key-1");
    }

    public static RsaJsonWebKey newKey(String kid) {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId(kid);
            key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            key.setUse("sig");
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key set the platform publishes. */
    public String jwks(RsaJsonWebKey... keys) {
        return new JsonWebKeySet(keys.length == 0 ? new RsaJsonWebKey[] { key } : keys)
                .toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    public Platform platform(String jwksUrl) {
        return new Platform(1L, Platform.Source.REGISTERED, new PlatformSpec(issuer, clientId, List.of(deploymentId),
                "https://lms.example.edu/auth", "https://lms.example.edu/token", jwksUrl), "someone", Instant.now());
    }

    /** The claims of a valid launch of a learner into the quiz {@code quizId}, issued now. */
    public Map<String, Object> launchClaims(String nonce, String subject, String quizId, String toolBase) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("aud", clientId);
        claims.put("sub", subject);
        claims.put("iat", now);
        claims.put("exp", now + 300);
        claims.put("nonce", nonce);
        claims.put("name", "Ada Lovelace");
        claims.put("given_name", "Ada");
        claims.put("family_name", "Lovelace");
        claims.put(LaunchValidator.MESSAGE_TYPE, "LtiResourceLinkRequest");
        claims.put(LaunchValidator.VERSION, "1.3.0");
        claims.put(LaunchValidator.DEPLOYMENT_ID, deploymentId);
        claims.put(LaunchValidator.TARGET_LINK_URI, toolBase + "/lti/quizzes/" + quizId);
        claims.put(LaunchValidator.RESOURCE_LINK, Map.of("id", "link-1", "title", "Quiz"));
        claims.put(LaunchValidator.ROLES, List.of(LEARNER));
        claims.put(LaunchValidator.CONTEXT, Map.of("id", "course-42", "title", "Cyber policy 101",
                "label", "CP101"));
        return claims;
    }

    /**
     * The claims of a valid deep linking request (LTI Deep Linking 2.0) of an instructor of the course, issued now:
     * the answer goes to {@code returnUrl}, with {@code data} echoed.
     */
    public Map<String, Object> deepLinkingClaims(String nonce, String subject, String returnUrl, String data) {
        Map<String, Object> claims = launchClaims(nonce, subject, "unused", "https://unused.example");
        claims.remove(LaunchValidator.RESOURCE_LINK);
        claims.remove(LaunchValidator.TARGET_LINK_URI);
        claims.put(LaunchValidator.MESSAGE_TYPE, "LtiDeepLinkingRequest");
        claims.put(LaunchValidator.ROLES, List.of(INSTRUCTOR));
        // A staff account's name is refused to students who register (StaffLookalikes): one of its own.
        claims.put("name", "Teacher " + subject);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("deep_link_return_url", returnUrl);
        settings.put("accept_types", List.of("link", "ltiResourceLink"));
        settings.put("accept_presentation_document_targets", List.of("iframe", "window"));
        settings.put("accept_multiple", false);
        settings.put("accept_lineitem", true);
        if (data != null) {
            settings.put("data", data);
        }
        claims.put(DeepLinkSettings.CLAIM, settings);
        return claims;
    }

    /** The deep linking settings of {@code claims}, to change one. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> settings(Map<String, Object> claims) {
        return (Map<String, Object>) claims.get(DeepLinkSettings.CLAIM);
    }

    /** The claims signed with the platform's key. */
    public String sign(Map<String, Object> claims) {
        return sign(claims, key);
    }

    public String sign(Map<String, Object> claims, RsaJsonWebKey with) {
        try {
            JwtClaims jwt = JwtClaims.parse(org.jose4j.json.JsonUtil.toJson(claims));
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(jwt.toJson());
            jws.setKey(with.getPrivateKey());
            jws.setKeyIdHeaderValue(with.getKeyId());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            return jws.getCompactSerialization();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
