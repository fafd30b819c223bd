package org.cyberpolicy.quiz.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The one widening of the Content-Security-Policy: a response may let its forms post to one more origin (the answer of
 * LTI deep linking), and only a bare origin gets in: nothing that could add a source or a directive.
 */
class FormActionPolicyTest {

    @Test
    void withoutAnOriginThePolicyIsTheUsualOne() {
        assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, SecurityHeaders.policy(null));
    }

    @Test
    void anOriginIsAddedToFormActionOnly() {
        String policy = SecurityHeaders.policy("https://moodle.example.edu");
        assertTrue(policy.contains("form-action 'self' https://moodle.example.edu; frame-ancestors 'none'"), policy);
        assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY.replace("form-action 'self';",
                "form-action 'self' https://moodle.example.edu;"), policy);
        assertTrue(SecurityHeaders.policy("http://127.0.0.1:8089")
                .contains("form-action 'self' http://127.0.0.1:8089;"));
        assertTrue(SecurityHeaders.policy("https://[::1]:8443").contains("form-action 'self' https://[::1]:8443;"));
    }

    @Test
    void anythingButABareOriginIsIgnored() {
        for (String bad : new String[] { "https://a.example; script-src *", "https://a.example *", "*",
                "https://a.example/path", "javascript:x", "https://a.example, https://b.example", "'unsafe-inline'",
                "https://A.example\n", "" }) {
            assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, SecurityHeaders.policy(bad), bad);
        }
    }
}
