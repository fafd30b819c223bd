package org.cyberpolicy.quiz.lti;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cyberpolicy.quiz.account.Account;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.resolvers.VerificationKeyResolver;
import org.jose4j.lang.JoseException;
import org.jose4j.lang.UnresolvableKeyException;

/**
 * Checks an LTI 1.3 resource link launch's {@code id_token} (LTI Core 1.3, §5.1 and the IMS Security Framework §5.1.3)
 * with jose4j: RS256 signature by the platform's key (found by {@code kid}), {@code iss}, {@code aud} and
 * {@code azp}, {@code exp} and {@code iat} with a small skew, the login's {@code nonce}, a known
 * {@code deployment_id}, {@code version} 1.3.0, {@code message_type} LtiResourceLinkRequest, the roles and the
 * {@code resource_link}; or {@code message_type} LtiDeepLinkingRequest (Deep Linking 2.0) from a teacher of the
 * course, with its {@code deep_linking_settings} ({@link DeepLinkSettings}). Pure but for the key resolver: the caller
 * gives the platform's keys and the clock.
 */
public final class LaunchValidator {

    static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    static final String MESSAGE_TYPE = LTI + "message_type";
    static final String VERSION = LTI + "version";
    static final String DEPLOYMENT_ID = LTI + "deployment_id";
    static final String TARGET_LINK_URI = LTI + "target_link_uri";
    static final String RESOURCE_LINK = LTI + "resource_link";
    static final String ROLES = LTI + "roles";
    static final String CONTEXT = LTI + "context";
    static final String CUSTOM = LTI + "custom";
    static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";
    static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";

    private final Duration skew;
    private final Duration maxAge;
    private final Clock clock;

    public LaunchValidator(Duration skew, Duration maxAge, Clock clock) {
        this.skew = skew;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /**
     * The launch's claims.
     *
     * @param expectedNonce the nonce the login sent to the platform
     * @throws LaunchRefusal saying what is wrong, never quoting the token
     */
    public LaunchClaims validate(String idToken, Platform platform, String expectedNonce,
            VerificationKeyResolver keys) {
        Instant now = clock.instant();
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setEvaluationTime(NumericDate.fromMilliseconds(now.toEpochMilli()))
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setAllowedClockSkewInSeconds((int) skew.toSeconds())
                .setIssuedAtRestrictions((int) skew.toSeconds(), (int) maxAge.toSeconds())
                .setRequireSubject()
                .setExpectedIssuer(platform.issuer())
                .setExpectedAudience(platform.clientId())
                .setVerificationKeyResolver(keys)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256)
                .build();
        JwtClaims claims;
        try {
            claims = consumer.processToClaims(idToken);
        } catch (InvalidJwtException e) {
            throw refusal(e, platform, idToken);
        }
        try {
            return launch(claims, platform, expectedNonce);
        } catch (MalformedClaimException e) {
            throw new LaunchRefusal(LaunchProblem.MISSING_CLAIMS, "A claim of the token has the wrong type.");
        }
    }

    private static LaunchClaims launch(JwtClaims claims, Platform platform, String expectedNonce)
            throws MalformedClaimException {
        List<String> audiences = claims.getAudience();
        Object azp = claims.getClaimValue("azp");
        if (audiences.size() > 1 && azp == null) {
            throw new LaunchRefusal(LaunchProblem.WRONG_AUDIENCE, "The token names several audiences but no"
                    + " authorized party (azp).");
        }
        if (azp != null && !platform.clientId().equals(azp)) {
            throw new LaunchRefusal(LaunchProblem.WRONG_AUDIENCE, "The token's authorized party (azp) is not this"
                    + " tool's client id '" + LaunchRefusal.shown(platform.clientId()) + "'.");
        }
        List<String> missing = new ArrayList<>();
        String nonce = string(claims, "nonce", missing);
        String messageType = string(claims, MESSAGE_TYPE, missing);
        String version = string(claims, VERSION, missing);
        String deploymentId = string(claims, DEPLOYMENT_ID, missing);
        // A deep linking request (Deep Linking 2.0 §4.4) names no link: it asks for one.
        boolean deepLinking = DEEP_LINKING_REQUEST.equals(messageType);
        String targetLinkUri = deepLinking ? text(claims.getClaimValue(TARGET_LINK_URI))
                : string(claims, TARGET_LINK_URI, missing);
        Object rolesClaim = claims.getClaimValue(ROLES);
        if (!(rolesClaim instanceof List<?>)) {
            missing.add(ROLES + " (a list)");
        }
        Map<String, Object> resourceLink = object(claims, RESOURCE_LINK);
        String resourceLinkId = resourceLink == null ? null : text(resourceLink.get("id"));
        if (resourceLinkId == null && !deepLinking) {
            missing.add(RESOURCE_LINK + " (with its id)");
        }
        if (!missing.isEmpty()) {
            throw new LaunchRefusal(LaunchProblem.MISSING_CLAIMS, "The token lacks claims a launch needs: "
                    + String.join(", ", missing) + ".");
        }
        if (!nonce.equals(expectedNonce)) {
            throw new LaunchRefusal(LaunchProblem.REPLAYED_NONCE, "The token's nonce is not the one this login"
                    + " asked for: it was made for another launch.");
        }
        if (!"1.3.0".equals(version)) {
            throw new LaunchRefusal(LaunchProblem.WRONG_VERSION, "The launch is LTI version '"
                    + LaunchRefusal.shown(version) + "'; this tool takes 1.3.0.");
        }
        if (!RESOURCE_LINK_REQUEST.equals(messageType) && !deepLinking) {
            throw new LaunchRefusal(LaunchProblem.WRONG_MESSAGE_TYPE, "The launch is a '"
                    + LaunchRefusal.shown(messageType) + "' message; this tool takes " + RESOURCE_LINK_REQUEST
                    + " and " + DEEP_LINKING_REQUEST + " only.");
        }
        if (!platform.knowsDeployment(deploymentId)) {
            throw new LaunchRefusal(LaunchProblem.UNKNOWN_DEPLOYMENT, "The deployment '"
                    + LaunchRefusal.shown(deploymentId) + "' is not registered for this platform.");
        }
        List<String> roles = new ArrayList<>();
        for (Object role : (List<?>) rolesClaim) {
            if (role instanceof String text) {
                roles.add(text);
            }
        }
        String appRole = LtiRoles.appRole(roles).orElseThrow(() -> new LaunchRefusal(LaunchProblem.NO_KNOWN_ROLE,
                "Your role in the course is none this tool knows: it takes learners (students) and instructors."));
        Optional<DeepLinkSettings> deepLinkSettings = Optional.empty();
        if (deepLinking) {
            if (!Account.INSTRUCTOR.equals(appRole) && !Account.ASSISTANT.equals(appRole)) {
                throw new LaunchRefusal(LaunchProblem.DEEP_LINKING_NOT_ALLOWED, "Only the course's instructors and"
                        + " teaching assistants may pick a quiz to add to the course; you take part as a learner.");
            }
            deepLinkSettings = Optional.of(DeepLinkSettings.from(claims.getClaimValue(DeepLinkSettings.CLAIM)));
        }
        Map<String, Object> context = object(claims, CONTEXT);
        Map<String, Object> custom = object(claims, CUSTOM);
        String subject = claims.getSubject();
        if (subject.isBlank() || subject.length() > PlatformSpec.MAX_ID) {
            throw new LaunchRefusal(LaunchProblem.MISSING_CLAIMS, "The token's subject (sub) is empty or longer"
                    + " than 255 characters.");
        }
        return new LaunchClaims(claims.getIssuer(), subject, displayName(claims), deploymentId, List.copyOf(roles),
                appRole, Optional.ofNullable(context == null ? null : bounded(text(context.get("id")))),
                Optional.ofNullable(context == null ? null : bounded(text(context.get("title")))), resourceLinkId,
                targetLinkUri, Optional.ofNullable(custom == null ? null : text(custom.get("quiz_id"))), nonce,
                Instant.ofEpochSecond(claims.getExpirationTime().getValue()),
                AgsEndpoint.of(object(claims, AgsEndpoint.CLAIM)),
                NamesRoleService.of(object(claims, NamesRoleService.CLAIM)), deepLinkSettings);
    }

    /** The name the platform gives, else given and family names, else a neutral one ({@link LtiNames}). */
    private static String displayName(JwtClaims claims) {
        return LtiNames.displayName(text(claims.getClaimValue("name")), text(claims.getClaimValue("given_name")),
                text(claims.getClaimValue("family_name")));
    }

    private static String string(JwtClaims claims, String name, List<String> missing) {
        String value = text(claims.getClaimValue(name));
        if (value == null) {
            missing.add(name);
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(JwtClaims claims, String name) {
        Object value = claims.getClaimValue(name);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    private static String text(Object value) {
        return value instanceof String text && !text.isBlank() ? text.strip() : null;
    }

    private static String bounded(String value) {
        return value == null || value.length() <= PlatformSpec.MAX_ID ? value : value.substring(0, PlatformSpec.MAX_ID);
    }

    /** The algorithm the token's header names, read by jose4j; null when it cannot be read. */
    private static String algorithmOf(String idToken) {
        try {
            return JsonWebStructure.fromCompactSerialization(idToken).getAlgorithmHeaderValue();
        } catch (JoseException e) {
            return null;
        }
    }

    private static LaunchRefusal refusal(InvalidJwtException e, Platform platform, String idToken) {
        String algorithm = algorithmOf(idToken);
        if (algorithm == null) {
            return new LaunchRefusal(LaunchProblem.MALFORMED_TOKEN, "The id_token is not a signed JSON Web Token"
                    + " this tool can read.");
        }
        if (!AlgorithmIdentifiers.RSA_USING_SHA256.equals(algorithm)) {
            return new LaunchRefusal(LaunchProblem.BAD_SIGNATURE, "The token is not signed with RS256.");
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return new LaunchRefusal(LaunchProblem.KEYS_UNAVAILABLE, "The platform's public keys could not be"
                        + " fetched from its JWKS address; try again in a moment.");
            }
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnresolvableKeyException) {
                return new LaunchRefusal(LaunchProblem.UNKNOWN_KEY, "The token is signed with a key (kid) that is"
                        + " not among the platform's public keys, even fetched again.");
            }
            if (cause instanceof org.jose4j.lang.InvalidAlgorithmException) {
                return new LaunchRefusal(LaunchProblem.BAD_SIGNATURE, "The token is not signed with RS256.");
            }
        }
        if (e.hasErrorCode(ErrorCodes.EXPIRED)) {
            return new LaunchRefusal(LaunchProblem.EXPIRED, "The token has expired: start the activity again from"
                    + " the course.");
        }
        if (e.hasErrorCode(ErrorCodes.ISSUED_AT_INVALID_FUTURE) || e.hasErrorCode(ErrorCodes.ISSUED_AT_INVALID_PAST)
                || e.hasErrorCode(ErrorCodes.NOT_YET_VALID)) {
            return new LaunchRefusal(LaunchProblem.EXPIRED, "The token was issued too long ago or in the future"
                    + " (is the platform's clock right?).");
        }
        if (e.hasErrorCode(ErrorCodes.SIGNATURE_INVALID) || e.hasErrorCode(ErrorCodes.SIGNATURE_MISSING)) {
            return new LaunchRefusal(LaunchProblem.BAD_SIGNATURE, "The token's signature does not verify with the"
                    + " platform's public key.");
        }
        if (e.hasErrorCode(ErrorCodes.ISSUER_INVALID)) {
            return new LaunchRefusal(LaunchProblem.WRONG_ISSUER, "The token's issuer is not '"
                    + LaunchRefusal.shown(platform.issuer()) + "', the platform the login came from.");
        }
        if (e.hasErrorCode(ErrorCodes.AUDIENCE_INVALID)) {
            return new LaunchRefusal(LaunchProblem.WRONG_AUDIENCE, "The token is not for this tool: its audience"
                    + " (aud) does not name the client id '" + LaunchRefusal.shown(platform.clientId()) + "'.");
        }
        List<String> missing = new ArrayList<>();
        if (e.hasErrorCode(ErrorCodes.EXPIRATION_MISSING)) {
            missing.add("exp");
        }
        if (e.hasErrorCode(ErrorCodes.ISSUED_AT_MISSING)) {
            missing.add("iat");
        }
        if (e.hasErrorCode(ErrorCodes.SUBJECT_MISSING)) {
            missing.add("sub");
        }
        if (e.hasErrorCode(ErrorCodes.ISSUER_MISSING)) {
            missing.add("iss");
        }
        if (e.hasErrorCode(ErrorCodes.AUDIENCE_MISSING)) {
            missing.add("aud");
        }
        if (!missing.isEmpty()) {
            return new LaunchRefusal(LaunchProblem.MISSING_CLAIMS, "The token lacks claims a launch needs: "
                    + String.join(", ", missing) + ".");
        }
        return new LaunchRefusal(LaunchProblem.MALFORMED_TOKEN, "The id_token is not a signed JSON Web Token this"
                + " tool can read.");
    }
}
