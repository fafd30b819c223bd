package org.cyberpolicy.quiz.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What a platform registration must be, whether an instructor or the platforms file makes it. */
class PlatformSpecTest {

    static final String EXAMPLE = """
            platforms:
              - issuer: https://lms.example.edu
                client-id: 10000000000001
                deployment-ids: ["1"]
                auth-login-url: https://lms.example.edu/mod/lti/auth.php
                token-url: https://lms.example.edu/mod/lti/token.php
                jwks-url: https://lms.example.edu/mod/lti/certs.php
            """;

    @Test
    void theIssuesExampleFileIsRead() {
        List<PlatformSpec> specs = PlatformsFile.parse("platforms.yaml", EXAMPLE);
        assertEquals(1, specs.size());
        PlatformSpec spec = specs.get(0);
        assertEquals("https://lms.example.edu", spec.issuer());
        assertEquals("10000000000001", spec.clientId());
        assertEquals(List.of("1"), spec.deploymentIds());
        assertEquals("https://lms.example.edu/mod/lti/certs.php", spec.jwksUrl());
    }

    @Test
    void everyProblemIsListed() {
        PlatformSpec spec = new PlatformSpec("http://lms.example.edu", " ", List.of("1", "1", ""), "ftp://x/auth",
                "not an address", "");
        List<String> problems = spec.problems();
        assertEquals(7, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("issuer: 'http://lms.example.edu' must use https"), problems.get(0));
        assertTrue(problems.contains("client-id: missing (the client id the platform gave this tool)"));
        assertTrue(problems.contains("deployment-ids: '1' is named twice"));
        assertTrue(problems.contains("deployment-ids: an empty deployment id"));
        assertTrue(problems.contains("auth-login-url: 'ftp://x/auth' is not an https address"));
        assertTrue(problems.contains("token-url: 'not an address' is not an address"));
        assertTrue(problems.contains("jwks-url: missing"));
    }

    @Test
    void httpIsAcceptedOnLoopbackAddressesOnly() {
        for (String host : List.of("127.0.0.1", "127.8.9.10", "[::1]", "localhost")) {
            String base = "http://" + host + ":8081";
            assertEquals(List.of(), new PlatformSpec(base, "c", List.of("d"), base + "/auth", base + "/token",
                    base + "/jwks").problems(), host);
        }
        for (String host : List.of("10.0.0.1", "lms.example.edu", "127.0.0.1.evil.example.com")) {
            String base = "http://" + host;
            assertEquals(4, new PlatformSpec(base, "c", List.of("d"), base + "/auth", base + "/token",
                    base + "/jwks").problems().size(), host);
        }
    }

    @Test
    void aFileWithProblemsIsRefusedWithAllOfThem() {
        String twice = EXAMPLE + """
                  - issuer: https://lms.example.edu
                    client-id: "10000000000001"
                    deployment-ids: []
                    auth-login-url: http://lms.example.edu/auth
                    token-url: https://lms.example.edu/token
                    jwks-url: https://lms.example.edu/jwks
                """;
        PlatformsFile.Invalid invalid = assertThrows(PlatformsFile.Invalid.class,
                () -> PlatformsFile.parse("platforms.yaml", twice));
        assertEquals(List.of(
                "platform 2: deployment-ids: missing (at least one deployment id the platform gave this tool)",
                "platform 2: auth-login-url: 'http://lms.example.edu/auth' must use https (http is only accepted on"
                        + " this machine's loopback addresses)",
                "platform 2: the issuer and client-id of an earlier platform of the file"), invalid.problems());
        assertThrows(PlatformsFile.Invalid.class, () -> PlatformsFile.parse("p.yaml", "platforms: [ {issuer: "));
        assertThrows(PlatformsFile.Invalid.class, () -> PlatformsFile.parse("p.yaml", "other: 1"));
    }
}
