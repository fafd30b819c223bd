package org.cyberpolicy.quiz.account.throttle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The throttle's rules, on a clock the tests move by hand. */
class LoginThrottleTest {

    private static final String HOME = "192.0.2.1";
    private static final String ELSEWHERE = "198.51.100.7";

    private static final SignInDecision CHECK = new SignInDecision.Check(false);
    private static final SignInDecision CHECK_THROUGH_A_WAIT = new SignInDecision.Check(true);

    private Instant now = Instant.parse("2026-03-01T09:00:00Z");

    private LoginThrottle throttle(int perNameAtAddress, int perName, int perAddress, int maxTracked) {
        return new LoginThrottle(new ThrottleRules(perNameAtAddress, perName, perAddress, Duration.ofSeconds(1),
                Duration.ofMinutes(15), Duration.ofMinutes(15), maxTracked), () -> now);
    }

    /** The defaults: 5 per name at an address, 20 per name, 100 per address. */
    private LoginThrottle throttle() {
        return throttle(5, 20, 100, 10_000);
    }

    private static void fail(LoginThrottle throttle, String name, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(name, address);
        }
    }

    /** A network address of its own for each i: 203.0.113.i. */
    private static String address(int i) {
        return "203.0.113." + i;
    }

    private static SignInRefusal refusal(SignInDecision decision) {
        return assertInstanceOf(SignInDecision.Refuse.class, decision).refusal();
    }

    private void pass(Duration time) {
        now = now.plus(time);
    }

    // One name at one address: the main throttle.

    @Test
    void fourFailuresDoNotDelayTheFifthAttempt() {
        LoginThrottle throttle = throttle();
        fail(throttle, "alice", HOME, 4);
        assertEquals(CHECK, throttle.decide("alice", HOME));
    }

    @Test
    void theFifthFailureMakesTheNameWaitOneSecondAtThatAddress() {
        LoginThrottle throttle = throttle();
        fail(throttle, "alice", HOME, 5);
        SignInRefusal refusal = refusal(throttle.decide("alice", HOME));
        assertFalse(refusal.forAddress());
        assertEquals(Duration.ofSeconds(1), refusal.delay());
        assertEquals("Too many failed sign-ins for this name; try again in about 1 second.", refusal.message());
        pass(Duration.ofMillis(999));
        assertInstanceOf(SignInDecision.Refuse.class, throttle.decide("alice", HOME));
        pass(Duration.ofMillis(1));
        assertEquals(CHECK, throttle.decide("alice", HOME));
    }

    @Test
    void aGuesserAtOneAddressDoesNotHoldTheNameUpAnywhereElse() {
        LoginThrottle throttle = throttle();
        fail(throttle, "instructor", HOME, 5 + 10);
        assertEquals(Duration.ofMinutes(15), refusal(throttle.decide("instructor", HOME)).delay());
        assertEquals(CHECK, throttle.decide("instructor", ELSEWHERE));
    }

    @Test
    void eachFurtherFailureDoublesTheWait() {
        LoginThrottle throttle = throttle();
        fail(throttle, "alice", HOME, 5);
        for (long expected : new long[] { 2, 4, 8, 16 }) {
            pass(refusal(throttle.decide("alice", HOME)).delay());
            throttle.failed("alice", HOME);
            assertEquals(Duration.ofSeconds(expected), refusal(throttle.decide("alice", HOME)).delay());
        }
    }

    @Test
    void theWaitStopsGrowingAtTheMaximum() {
        LoginThrottle throttle = throttle();
        fail(throttle, "alice", HOME, 5 + 10);
        assertEquals(Duration.ofMinutes(15), refusal(throttle.decide("alice", HOME)).delay());
        fail(throttle, "alice", HOME, 1000);
        SignInRefusal refusal = refusal(throttle.decide("alice", HOME));
        assertEquals(Duration.ofMinutes(15), refusal.delay());
        assertEquals("Too many failed sign-ins for this name; try again in about 15 minutes.", refusal.message());
    }

    @Test
    void aSuccessClearsTheNamesFailuresAtThatAddress() {
        LoginThrottle throttle = throttle();
        fail(throttle, "alice", HOME, 4);
        throttle.succeeded("alice", HOME);
        fail(throttle, "alice", HOME, 4);
        assertEquals(CHECK, throttle.decide("alice", HOME));
    }

    @Test
    void otherNamesAreNotDelayedByOnesFailures() {
        LoginThrottle throttle = throttle();
        fail(throttle, "alice", HOME, 8);
        assertEquals(CHECK, throttle.decide("bob", HOME));
    }

    @Test
    void failuresQuietForLongerThanTheMemoryAreForgotten() {
        LoginThrottle throttle = throttle();
        fail(throttle, "alice", HOME, 4);
        pass(Duration.ofMinutes(15));
        throttle.failed("alice", HOME);
        assertEquals(CHECK, throttle.decide("alice", HOME));
    }

    // One name from many addresses.

    @Test
    void aNameFailingFromManyAddressesMakesTheAddressesThatFailedOnItWait() {
        LoginThrottle throttle = throttle(5, 4, 100, 10_000);
        for (int i = 1; i <= 4; i++) {
            throttle.failed("alice", address(i));
        }
        SignInRefusal refusal = refusal(throttle.decide("alice", address(1)));
        assertFalse(refusal.forAddress());
        assertEquals(Duration.ofSeconds(1), refusal.delay());
    }

    @Test
    void anAddressThatHasNotFailedOnTheNameIsLetThroughItsWait() {
        LoginThrottle throttle = throttle(5, 4, 100, 10_000);
        for (int i = 1; i <= 4; i++) {
            throttle.failed("alice", address(i));
        }
        assertEquals(CHECK_THROUGH_A_WAIT, throttle.decide("alice", ELSEWHERE));
    }

    @Test
    void anAddressWhereTheNameSignedInBeforeIsLetThroughItsWaitDespiteATypo() {
        LoginThrottle throttle = throttle(5, 4, 100, 10_000);
        throttle.succeeded("alice", HOME);
        for (int i = 1; i <= 3; i++) {
            throttle.failed("alice", address(i));
        }
        throttle.failed("alice", HOME);
        assertEquals(CHECK_THROUGH_A_WAIT, throttle.decide("alice", HOME));
    }

    @Test
    void aWrongPasswordThroughTheWaitIsAnsweredWithTheWaitAndUsesTheWayThroughUp() {
        LoginThrottle throttle = throttle(5, 4, 100, 10_000);
        for (int i = 1; i <= 4; i++) {
            throttle.failed("alice", address(i));
        }
        Optional<SignInRefusal> answer = throttle.failed("alice", ELSEWHERE);
        assertEquals(Optional.of(new SignInRefusal(false, Duration.ofSeconds(2))), answer);
        assertEquals(answer.get(), refusal(throttle.decide("alice", ELSEWHERE)));
        assertEquals(answer.get(), refusal(throttle.decide("alice", address(1))));
    }

    @Test
    void aNameLimitOfZeroNeverHoldsANameAcrossAddresses() {
        LoginThrottle throttle = throttle(5, 0, 0, 10_000);
        for (int i = 1; i <= 200; i++) {
            throttle.failed("alice", address(i));
        }
        assertEquals(CHECK, throttle.decide("alice", address(1)));
    }

    // One address, many names.

    @Test
    void manyNamesFromOneAddressMakeTheAddressWaitForItsOldestFailureToDrain() {
        LoginThrottle throttle = throttle(5, 20, 10, 10_000);
        for (int i = 0; i < 10; i++) {
            throttle.failed("name" + i, HOME);
        }
        SignInRefusal refusal = refusal(throttle.decide("someone-new", HOME));
        assertTrue(refusal.forAddress());
        assertEquals(Duration.ofSeconds(90), refusal.delay()); // 15 minutes shared by 10 failures
        assertEquals("Too many failed sign-ins from your network; try again in about 90 seconds.", refusal.message());
        assertEquals(CHECK, throttle.decide("someone-new", ELSEWHERE));

        pass(Duration.ofSeconds(90));
        assertEquals(CHECK, throttle.decide("someone-new", HOME));
        throttle.failed("someone-new", HOME);
        assertEquals(Duration.ofSeconds(90), refusal(throttle.decide("someone-else", HOME)).delay());
    }

    @Test
    void anAddressHoldsNoNameThatHasSignedInFromThere() {
        LoginThrottle throttle = throttle(5, 20, 10, 10_000);
        throttle.succeeded("regular", HOME);
        for (int i = 0; i < 10; i++) {
            throttle.failed("name" + i, HOME);
        }
        assertEquals(CHECK_THROUGH_A_WAIT, throttle.decide("regular", HOME));
        assertInstanceOf(SignInDecision.Refuse.class, throttle.decide("newcomer", HOME));
    }

    @Test
    void failuresOfNamesThatSignedInFromAnAddressDoNotCountAgainstIt() {
        LoginThrottle throttle = throttle(5, 20, 3, 10_000);
        throttle.succeeded("regular", HOME);
        fail(throttle, "regular", HOME, 4);
        assertEquals(CHECK, throttle.decide("newcomer", HOME));
    }

    @Test
    void theAddressesAllowanceComesBackWholeAfterTheForgettingTime() {
        LoginThrottle throttle = throttle(5, 20, 10, 10_000);
        for (int i = 0; i < 10; i++) {
            throttle.failed("name" + i, HOME);
        }
        pass(Duration.ofMinutes(15));
        for (int i = 0; i < 9; i++) {
            throttle.failed("again" + i, HOME);
        }
        assertEquals(CHECK, throttle.decide("someone-new", HOME));
        throttle.failed("again9", HOME);
        assertInstanceOf(SignInDecision.Refuse.class, throttle.decide("someone-new", HOME));
    }

    @Test
    void anAddressLimitOfZeroNeverDelaysAnAddress() {
        LoginThrottle throttle = throttle(5, 20, 0, 10_000);
        for (int i = 0; i < 500; i++) {
            throttle.failed("name" + i, HOME);
        }
        assertEquals(CHECK, throttle.decide("someone-new", HOME));
    }

    @Test
    void theLongestWaitInForceIsTheOneAnswered() {
        LoginThrottle throttle = throttle(5, 20, 10, 10_000);
        for (int i = 0; i < 10; i++) {
            throttle.failed("name" + i, HOME);
        }
        fail(throttle, "alice", HOME, 5); // the address's wait is now the longest
        SignInRefusal refusal = refusal(throttle.decide("alice", HOME));
        assertTrue(refusal.forAddress());
    }

    // Checks in flight: many attempts at once count like attempts one after the other.

    @Test
    void attemptsSentAtOnceAreLetThroughOnlyAsFarAsTheNameHasFailuresLeftThere() {
        LoginThrottle throttle = throttle();
        fail(throttle, "alice", HOME, 2);
        for (int i = 0; i < 3; i++) {
            assertEquals(CHECK, throttle.decide("alice", HOME));
        }
        assertInstanceOf(SignInDecision.Busy.class, throttle.decide("alice", HOME));
        assertEquals(CHECK, throttle.decide("alice", ELSEWHERE));
    }

    @Test
    void whenTheChecksInFlightFailTheAttemptsBehindThemAreRefused() {
        LoginThrottle throttle = throttle();
        for (int i = 0; i < 5; i++) {
            throttle.decide("alice", HOME);
        }
        fail(throttle, "alice", HOME, 5);
        assertEquals(Duration.ofSeconds(1), refusal(throttle.decide("alice", HOME)).delay());
        assertEquals(0, throttle.checksInFlight());
    }

    @Test
    void whenACheckInFlightSucceedsTheNextAttemptGoesAhead() {
        LoginThrottle throttle = throttle();
        for (int i = 0; i < 5; i++) {
            throttle.decide("alice", HOME);
        }
        throttle.succeeded("alice", HOME);
        assertEquals(CHECK, throttle.decide("alice", HOME));
    }

    @Test
    void anAbandonedCheckIsNotCountedAsAFailure() {
        LoginThrottle throttle = throttle();
        for (int i = 0; i < 5; i++) {
            throttle.decide("alice", HOME);
            throttle.abandoned("alice", HOME);
        }
        fail(throttle, "alice", HOME, 4);
        assertEquals(CHECK, throttle.decide("alice", HOME));
        assertEquals(1, throttle.checksInFlight());
    }

    @Test
    void duringANamesWaitAnAddressThatHasNotFailedOnItGetsOneCheckAtATime() {
        LoginThrottle throttle = throttle(5, 4, 100, 10_000);
        for (int i = 1; i <= 4; i++) {
            throttle.failed("alice", address(i));
        }
        assertEquals(CHECK_THROUGH_A_WAIT, throttle.decide("alice", ELSEWHERE));
        assertInstanceOf(SignInDecision.Busy.class, throttle.decide("alice", ELSEWHERE));
        throttle.failed("alice", ELSEWHERE);
        assertInstanceOf(SignInDecision.Refuse.class, throttle.decide("alice", ELSEWHERE));
    }

    @Test
    void manyNamesTriedAtOnceFromOneAddressAreHeldAtItsAllowance() {
        LoginThrottle throttle = throttle(5, 20, 10, 10_000);
        for (int i = 0; i < 10; i++) {
            assertEquals(CHECK, throttle.decide("name" + i, HOME));
        }
        assertInstanceOf(SignInDecision.Busy.class, throttle.decide("name10", HOME));
        for (int i = 0; i < 10; i++) {
            throttle.failed("name" + i, HOME);
        }
        assertTrue(refusal(throttle.decide("name10", HOME)).forAddress());
    }

    @Test
    void aNameSignedInFromAnAddressIsNotHeldByOtherNamesChecksInFlightThere() {
        LoginThrottle throttle = throttle(5, 20, 10, 10_000);
        throttle.succeeded("regular", HOME);
        for (int i = 0; i < 10; i++) {
            throttle.decide("name" + i, HOME);
        }
        assertEquals(CHECK, throttle.decide("regular", HOME));
    }

    // Memory.

    @Test
    void endlessNewNamesAndAddressesCannotGrowTheMemoryBeyondItsBound() {
        LoginThrottle throttle = throttle(5, 20, 100, 1000);
        for (int i = 0; i < 100_000; i++) {
            String address = "10." + (i / 65_536 % 256) + "." + (i / 256 % 256) + "." + (i % 256);
            throttle.failed("name" + i, address);
            throttle.succeeded("name" + i + "-ok", address);
        }
        assertEquals(4 * 1000, throttle.tracked()); // names at addresses, names, addresses, sign-ins
    }

    @Test
    void theOldestFailuresAreForgottenFirstWhenTheMemoryIsFull() {
        LoginThrottle throttle = throttle(5, 0, 0, 3);
        fail(throttle, "alice", HOME, 4);
        throttle.failed("bob", HOME);
        fail(throttle, "alice", HOME, 1); // alice's last failure is now the newest
        throttle.failed("carol", HOME);
        throttle.failed("dave", HOME); // one too many: bob's, the oldest, goes
        assertEquals(3, throttle.tracked());
        assertInstanceOf(SignInDecision.Refuse.class, throttle.decide("alice", HOME));
    }

    @Test
    void theRetryAfterSecondsRoundUp() {
        assertEquals(2, new SignInRefusal(false, Duration.ofMillis(1001)).seconds());
        assertEquals(1, new SignInRefusal(false, Duration.ofMillis(1)).seconds());
    }
}
