package org.cyberpolicy.quiz.lti;

/**
 * Why a login initiation or a launch was refused: each problem has its status and a short title, which the refusal
 * page and docs/interop.md ("What each refusal means") use.
 */
public enum LaunchProblem {
    /** The request lacks a parameter the protocol requires (iss, login_hint, id_token, state...). */
    MISSING_PARAMETER(400, "A parameter is missing"),
    /** No registered platform has this issuer (and client id). */
    UNKNOWN_PLATFORM(403, "Unknown platform"),
    /** The state is unknown, expired, used already, or not this browser's. */
    BAD_STATE(403, "The launch does not follow a login from this browser"),
    /** The token cannot be read as a signed JWT. */
    MALFORMED_TOKEN(400, "The token cannot be read"),
    /** The signature does not verify with the platform's key. */
    BAD_SIGNATURE(403, "Wrong signature"),
    /** The token's key id is not in the platform's key set, even fetched again. */
    UNKNOWN_KEY(403, "Unknown signing key"),
    /** The platform's key set cannot be fetched. */
    KEYS_UNAVAILABLE(503, "The platform's keys cannot be fetched"),
    /** The token has expired, or was issued in the future or too long ago. */
    EXPIRED(403, "The token has expired"),
    /** iss is not the platform's issuer. */
    WRONG_ISSUER(403, "Wrong issuer"),
    /** aud does not name this tool's client id, or azp does not. */
    WRONG_AUDIENCE(403, "Wrong audience"),
    /** The nonce is not the one of the login, or was used already. */
    REPLAYED_NONCE(403, "The token was used already"),
    /** The deployment id is not one registered for the platform. */
    UNKNOWN_DEPLOYMENT(403, "Unknown deployment"),
    /** A claim the launch needs is absent or has the wrong shape. */
    MISSING_CLAIMS(400, "Claims are missing"),
    /** The LTI version is not 1.3.0. */
    WRONG_VERSION(400, "Wrong LTI version"),
    /** The message type is not a resource link launch. */
    WRONG_MESSAGE_TYPE(400, "Unsupported message type"),
    /** No role the tool maps to a student or an instructor. */
    NO_KNOWN_ROLE(403, "No known role"),
    /** The platform's user has an account here that an instructor deactivated. */
    DEACTIVATED(403, "This account is deactivated"),
    /** Too many login initiations from one address lately, or waiting at once. */
    TOO_MANY_LOGINS(429, "Too many sign-ins at once"),
    /** The quiz the link names does not exist. */
    UNKNOWN_QUIZ(404, "Unknown quiz"),
    /** A deep linking request from someone who is not one of the course's teachers. */
    DEEP_LINKING_NOT_ALLOWED(403, "Only the course's teachers may add quizzes"),
    /** A deep linking request whose settings cannot be answered (return address, accepted types, data). */
    DEEP_LINKING_SETTINGS(400, "Unusable deep linking settings");

    private final int status;
    private final String title;

    LaunchProblem(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
