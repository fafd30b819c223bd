package org.cyberpolicy.quiz.lti;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A launch's Names and Role Provisioning Services claim
 * ({@code https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice}): where the context's memberships are read,
 * and the service versions the platform offers. An address that is not https (http on loopback only) is left out.
 */
public record NamesRoleService(String contextMembershipsUrl, List<String> serviceVersions) {

    public static final String CLAIM = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";

    public NamesRoleService {
        serviceVersions = List.copyOf(serviceVersions);
    }

    static Optional<NamesRoleService> of(Map<String, Object> claim) {
        if (claim == null) {
            return Optional.empty();
        }
        List<String> versions = new ArrayList<>();
        if (claim.get("service_versions") instanceof List<?> list) {
            for (Object version : list) {
                if (version instanceof String text && !text.isBlank() && text.length() <= 20 && versions.size() < 10) {
                    versions.add(text.strip());
                }
            }
        }
        return ServiceUrls.acceptable(claim.get("context_memberships_url"))
                .map(url -> new NamesRoleService(url, versions));
    }
}
