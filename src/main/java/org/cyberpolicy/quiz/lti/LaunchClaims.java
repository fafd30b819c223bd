package org.cyberpolicy.quiz.lti;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a valid launch says: who (issuer and subject, a display name), from where (deployment, course), in which role,
 * and which link; for a deep linking request ({@code deepLinking} present) no link, and the request's settings.
 */
public record LaunchClaims(String issuer, String subject, String displayName, String deploymentId, List<String> roles,
        String appRole, Optional<String> contextId, Optional<String> contextTitle, String resourceLinkId,
        String targetLinkUri, Optional<String> customQuizId, String nonce, Instant expiresAt,
        Optional<DeepLinkSettings> deepLinking) {

    /** A resource link launch. */
    public LaunchClaims(String issuer, String subject, String displayName, String deploymentId, List<String> roles,
            String appRole, Optional<String> contextId, Optional<String> contextTitle, String resourceLinkId,
            String targetLinkUri, Optional<String> customQuizId, String nonce, Instant expiresAt) {
        this(issuer, subject, displayName, deploymentId, roles, appRole, contextId, contextTitle, resourceLinkId,
                targetLinkUri, customQuizId, nonce, expiresAt, Optional.empty());
    }
}
