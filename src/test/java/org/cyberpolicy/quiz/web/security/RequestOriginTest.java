package org.cyberpolicy.quiz.web.security;

import static org.cyberpolicy.quiz.web.security.RequestOrigin.isForeign;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which sign-in posts come from another site, by their {@code Origin}, {@code Sec-Fetch-Site} and {@code Host}. */
class RequestOriginTest {

    @Test
    void aPostWithNeitherOriginNorSecFetchSiteIsNotForeign() {
        assertFalse(isForeign(null, null, "quiz.school.example", false));
    }

    @Test
    void theBrowsersSameOriginOrNoneIsNotForeign() {
        assertFalse(isForeign(null, "same-origin", "quiz.school.example", false));
        assertFalse(isForeign(null, "none", "quiz.school.example", false));
    }

    @Test
    void theBrowsersCrossSiteOrSameSiteIsForeign() {
        assertTrue(isForeign(null, "cross-site", "quiz.school.example", false));
        assertTrue(isForeign(null, "same-site", "quiz.school.example", false));
        assertTrue(isForeign(null, "Cross-Site", "quiz.school.example", false));
    }

    @Test
    void anOriginOfTheSameHostAndPortIsNotForeign() {
        assertFalse(isForeign("http://localhost:8080", null, "localhost:8080", false));
        assertFalse(isForeign("http://Quiz.School.Example", null, "quiz.school.example", false));
        assertFalse(isForeign("http://[::1]:8080", null, "[::1]:8080", false));
    }

    @Test
    void anHttpsOriginMatchesAHostWithoutPortBehindAProxyThatEndsTls() {
        assertFalse(isForeign("https://quiz.school.example", "same-origin", "quiz.school.example", false));
    }

    @Test
    void anOriginOfAnotherHostOrPortIsForeign() {
        assertTrue(isForeign("https://attacker.example", null, "quiz.school.example", false));
        assertTrue(isForeign("https://students.school.example", null, "quiz.school.example", false));
        assertTrue(isForeign("https://quiz.school.example:8443", null, "quiz.school.example", false));
        assertTrue(isForeign("http://localhost:9999", null, "localhost:8080", false));
    }

    @Test
    void anOpaqueOrUnreadableOriginIsForeign() {
        assertTrue(isForeign("null", null, "quiz.school.example", false));
        assertTrue(isForeign("file://", null, "quiz.school.example", false));
        assertTrue(isForeign("http://quiz.school.example:port", null, "quiz.school.example", false));
    }

    @Test
    void anHttpOriginIsForeignToAPostThatCameOverHttps() {
        assertTrue(isForeign("http://quiz.school.example", null, "quiz.school.example", true));
    }

    @Test
    void aForeignOriginIsForeignWhateverSecFetchSiteClaims() {
        assertTrue(isForeign("https://attacker.example", "same-origin", "quiz.school.example", false));
    }
}
