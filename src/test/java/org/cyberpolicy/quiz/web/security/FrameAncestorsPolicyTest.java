package org.cyberpolicy.quiz.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The pages of LTI deep linking may be framed by the platform's origins, and by nothing else: only bare origins get
 * into {@code frame-ancestors}, and without one the policy keeps {@code frame-ancestors 'none'}.
 */
class FrameAncestorsPolicyTest {

    @Test
    void withoutOriginsNothingMayFrame() {
        assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, SecurityHeaders.policy(null, null));
        assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, SecurityHeaders.policy(null, List.of()));
        assertTrue(SecurityHeaders.CONTENT_SECURITY_POLICY.contains("frame-ancestors 'none';"));
    }

    @Test
    void thePlatformsOriginsReplaceNoneAndNothingElseChanges() {
        String policy = SecurityHeaders.policy(null, List.of("https://moodle.example.edu",
                "https://lms.example.edu:8443"));
        assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none';",
                "frame-ancestors https://moodle.example.edu https://lms.example.edu:8443;"), policy);
        assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none';",
                "frame-ancestors http://127.0.0.1:8089;"), SecurityHeaders.policy(null,
                        List.of("http://127.0.0.1:8089", "http://127.0.0.1:8089")), "once each");
    }

    @Test
    void formActionAndFrameAncestorsTogether() {
        assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY
                .replace("form-action 'self';", "form-action 'self' https://moodle.example.edu;")
                .replace("frame-ancestors 'none';", "frame-ancestors https://moodle.example.edu;"),
                SecurityHeaders.policy("https://moodle.example.edu", List.of("https://moodle.example.edu")));
    }

    @Test
    void anythingButBareOriginsIsLeftOut() {
        List<String> bad = Arrays.asList("https://a.example; script-src *", "https://a.example *", "*", "'self'",
                "https://a.example/path", "javascript:x", "https://a.example, https://b.example", "'unsafe-inline'",
                "https://A.example\n", "", null, "https://*.example");
        assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, SecurityHeaders.policy(null, bad));
        assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, SecurityHeaders.policy(null, "https://a.example"),
                "a list only");
        assertEquals(List.of("https://good.example"), SecurityHeaders.frameAncestors(List.of("*",
                "https://good.example", "https://a.example; frame-ancestors *")));
    }
}
