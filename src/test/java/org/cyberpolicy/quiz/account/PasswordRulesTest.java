package org.cyberpolicy.quiz.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which passwords registration accepts, rule by rule. */
class PasswordRulesTest {

    private static List<String> strength(String password) {
        return PasswordRules.strength(password).stream().map(RegistrationProblem::message).toList();
    }

    private static List<String> personal(String password, String username, String displayName) {
        return PasswordRules.personal(password, username, displayName).stream().map(RegistrationProblem::message)
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = { "plum harbour violin kettle", "Three Blind Mice Ran Home", "ñandú corre 47 veces",
            "sieben-kleine-Zwerge", "不要在这里停下来的火车", "exchange server patch notes" })
    void passphrasesPass(String password) {
        assertEquals(List.of(), strength(password));
    }

    @Test
    void nineCharactersAreTooFew() {
        assertEquals(List.of("password must be at least 10 characters long"), strength("nine char"));
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        // Ten emoji are twenty UTF-16 units and forty bytes: ten characters.
        assertEquals(List.of(), strength("🐢🦊🐙🦉🐝🦀🐸🦔🐧🦜"));
        assertEquals(List.of("password must be at least 10 characters long"), strength("🐢🦊🐙🦉🐝"));
    }

    @Test
    void seventyTwoBytesAreTheMost() {
        assertEquals(List.of(), strength("a quiet river".repeat(6).substring(0, 72)));
        assertTrue(strength("a quiet river".repeat(6).substring(0, 73)).get(0)
                .startsWith("password must be at most 72 bytes long"));
    }

    @Test
    void bytesNotCharactersCountTowardsTheMost() {
        // 36 characters, but é is two bytes: 72 bytes pass, 74 do not.
        assertEquals(List.of(), strength("é".repeat(35) + "xy"));
        assertTrue(strength("é".repeat(37)).get(0).startsWith("password must be at most 72 bytes long"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "aaaaaaaaaa", "ZZZZZZZZZZZZ", "1212121212", "abcabcabca", "abcdabcdabcd", "x.x.x.x.x.x" })
    void oneCharacterOrAShortGroupRepeatedIsRefused(String password) {
        assertEquals(List.of("password must not be one character or a short group of characters repeated (like"
                + " aaaaaaaaaa or abcabcabca); a few unrelated words make a strong one"), strength(password));
    }

    @Test
    void aGroupOfFiveRepeatedIsNotARepetitionButMayStillBeCommon() {
        assertFalse(PasswordRules.isRepetition("abcdeabcde"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "0123456789", "9876543210", "7890123456", "abcdefghijk", "KJIHGFEDCBA", "a-b-c-d-e-f-g-h-i-j" })
    void runsAreRefused(String password) {
        assertTrue(PasswordRules.isRun(CommonPasswords.compact(password)), password);
        assertEquals(1, strength(password).size(), strength(password).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "password", "Password1!", "P@ssw0rd2024", "qwertyuiop", "1qaz2wsx3edc", "Summer2021!",
            "hafnium-2021", "iloveyou123", "LIVERPOOL1892", "trustno1!!!", "cyber policy quiz", "Hell0Kitty" })
    void commonPasswordsAreRefusedHoweverDecorated(String password) {
        assertTrue(CommonPasswords.contains(password), password);
    }

    @ParameterizedTest
    @ValueSource(strings = { "plum harbour violin kettle", "summer of the long rain", "password manager for everyone",
            "qwerty keyboards are old" })
    void aCommonWordInsideAPassphraseIsFine(String password) {
        assertFalse(CommonPasswords.contains(password), password);
    }

    @Test
    void theUsernameMayNotBeInThePasswordInAnyCaseOrSpacing() {
        assertEquals(List.of("password must not contain your username"),
                personal("my J-Smith password", "j.smith", "Jane"));
    }

    @Test
    void theDisplayNameMayNotBeInThePasswordInAnyCaseOrSpacing() {
        assertEquals(List.of("password must not contain your display name"),
                personal("forever ADA-LOVELACE", "ada1815", "Ada Lovelace"));
    }

    @Test
    void namesShorterThanThreeCharactersAreNotLookedFor() {
        assertEquals(List.of(), personal("joyful otters swim", "jo", "Jo"));
    }
}
