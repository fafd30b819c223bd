package org.cyberpolicy.quiz.lti;

import java.time.Instant;

/**
 * A learning platform the tool trusts: registered by an instructor ({@code id} its row) or named in the platforms
 * file ({@code id} null; changed only by editing the file).
 */
public record Platform(Long id, Source source, PlatformSpec spec, String createdBy, Instant createdAt) {

    public enum Source {
        REGISTERED, FILE;

        public String word() {
            return this == FILE ? "file" : "registered";
        }
    }

    public String issuer() {
        return spec.issuer();
    }

    public String clientId() {
        return spec.clientId();
    }

    public boolean knowsDeployment(String deploymentId) {
        return spec.deploymentIds().contains(deploymentId);
    }
}
