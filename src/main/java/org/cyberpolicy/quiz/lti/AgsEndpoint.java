package org.cyberpolicy.quiz.lti;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A launch's Assignment and Grade Services claim ({@code https://purl.imsglobal.org/spec/lti-ags/claim/endpoint}):
 * the scopes the platform grants the tool, the line item of the resource link (where its scores go) and the
 * container of the context's line items. Addresses that are not https (http on loopback only) are left out.
 */
public record AgsEndpoint(List<String> scopes, Optional<String> lineitem, Optional<String> lineitems) {

    public static final String CLAIM = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    public static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    public static final String LINEITEM_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";

    public AgsEndpoint {
        scopes = List.copyOf(scopes);
    }

    /** The claim read from the token's JSON object; empty when it is absent or names no usable address. */
    static Optional<AgsEndpoint> of(Map<String, Object> claim) {
        if (claim == null) {
            return Optional.empty();
        }
        List<String> scopes = new ArrayList<>();
        if (claim.get("scope") instanceof List<?> list) {
            for (Object scope : list) {
                if (scope instanceof String text && !text.isBlank() && text.length() <= 200 && scopes.size() < 20) {
                    scopes.add(text.strip());
                }
            }
        }
        Optional<String> lineitem = ServiceUrls.acceptable(claim.get("lineitem"));
        Optional<String> lineitems = ServiceUrls.acceptable(claim.get("lineitems"));
        if (lineitem.isEmpty() && lineitems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AgsEndpoint(scopes, lineitem, lineitems));
    }

    /** Whether the platform lets the tool post scores. */
    public boolean mayPostScores() {
        return scopes.contains(SCORE_SCOPE);
    }

    /**
     * Whether the tool must find or make the link's line item itself: the platform names none for the link, but
     * names the course's line items and lets the tool manage them and post scores.
     */
    public boolean leavesTheLineItemToTheTool() {
        return lineitem.isEmpty() && lineitems.isPresent() && scopes.contains(LINEITEM_SCOPE) && mayPostScores();
    }
}
