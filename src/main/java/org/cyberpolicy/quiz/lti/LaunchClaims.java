package org.cyberpolicy.quiz.lti;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a valid launch says: who (issuer and subject, a display name), from where (deployment, course), in which role,
 * and which link; the platform's grade and roster services when it offers them; for a deep linking request
 * ({@code deepLinking} present) no link, and the request's settings.
 */
public record LaunchClaims(String issuer, String subject, String displayName, String deploymentId, List<String> roles,
        String appRole, Optional<String> contextId, Optional<String> contextTitle, String resourceLinkId,
        String targetLinkUri, Optional<String> customQuizId, String nonce, Instant expiresAt,
        Optional<AgsEndpoint> ags, Optional<NamesRoleService> namesRoles, Optional<DeepLinkSettings> deepLinking) {
}
