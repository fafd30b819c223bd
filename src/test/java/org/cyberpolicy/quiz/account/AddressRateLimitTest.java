package org.cyberpolicy.quiz.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Registrations per network address: a burst the size of a class, then a trickle. */
class AddressRateLimitTest {

    private Instant now = Instant.parse("2021-07-19T09:00:00Z");
    /** 30 a minute: a burst of 30, then one every 2 seconds. */
    private final AddressRateLimit limit = new AddressRateLimit(30, Duration.ofMinutes(1), 100, () -> now);

    private void takeAll(String address, int times) {
        for (int i = 0; i < times; i++) {
            assertEquals(Optional.empty(), limit.take(address), "registration " + (i + 1) + " from " + address);
        }
    }

    @Test
    void aClassOfThirtyRegistersFromOneAddressAtOnce() {
        takeAll("192.0.2.7", 30);
    }

    @Test
    void theThirtyFirstWaitsForTheNextShare() {
        takeAll("192.0.2.7", 30);

        assertEquals(Optional.of(Duration.ofSeconds(2)), limit.take("192.0.2.7"));
    }

    @Test
    void theAllowanceComesBackAtTheRateOfTheWindow() {
        takeAll("192.0.2.7", 30);
        now = now.plusSeconds(2);
        takeAll("192.0.2.7", 1);
        assertTrue(limit.take("192.0.2.7").isPresent());

        now = now.plusSeconds(60);
        takeAll("192.0.2.7", 30);
    }

    @Test
    void refusedAttemptsDoNotPushTheNextShareFurtherAway() {
        takeAll("192.0.2.7", 30);
        now = now.plusSeconds(1);
        assertEquals(Optional.of(Duration.ofSeconds(1)), limit.take("192.0.2.7"));
        assertEquals(Optional.of(Duration.ofSeconds(1)), limit.take("192.0.2.7"));

        now = now.plusSeconds(1);
        assertEquals(Optional.empty(), limit.take("192.0.2.7"));
    }

    @Test
    void eachAddressHasItsOwnAllowance() {
        takeAll("192.0.2.7", 30);

        takeAll("192.0.2.8", 30);
    }

    @Test
    void addressesInOneIpv6SlashSixtyFourShareOneAllowance() {
        takeAll("2001:db8:1:2::a", 15);
        takeAll("2001:db8:1:2:ffff:1:2:3", 15);

        assertTrue(limit.take("2001:DB8:1:2::9").isPresent());
        takeAll("2001:db8:1:3::a", 30);
    }

    @Test
    void anIpv4AddressWrittenAsIpv6CountsAsItself() {
        takeAll("198.51.100.4", 30);

        assertTrue(limit.take("::ffff:198.51.100.4").isPresent());
    }

    @Test
    void whatIsNotAnAddressCountsAsItWasGiven() {
        assertEquals("unknown", AddressRateLimit.keyOf(null));
        assertEquals("not:an-address", AddressRateLimit.keyOf("not:an-address"));
        assertEquals("gggg::1", AddressRateLimit.keyOf("gggg::1"));
    }

    @Test
    void theOldestAddressesAreForgottenBeyondTheLimitOfTracked() {
        AddressRateLimit small = new AddressRateLimit(1, Duration.ofHours(1), 3, () -> now);
        for (int i = 1; i <= 10; i++) {
            small.take("192.0.2." + i);
        }

        assertEquals(3, small.tracked());
        assertTrue(small.take("192.0.2.10").isPresent(), "a recent address is remembered");
        assertEquals(Optional.empty(), small.take("192.0.2.1"), "the oldest was forgotten");
    }

    @Test
    void aLimitOfZeroTurnsItOff() {
        AddressRateLimit off = new AddressRateLimit(0, Duration.ofMinutes(1), 3, () -> now);
        for (int i = 0; i < 1000; i++) {
            assertEquals(Optional.empty(), off.take("192.0.2.7"));
        }
        assertEquals(0, off.tracked());
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AddressRateLimit(-1, Duration.ofMinutes(1), 3,
                () -> now));
        assertThrows(IllegalArgumentException.class, () -> new AddressRateLimit(1, Duration.ZERO, 3, () -> now));
        assertThrows(IllegalArgumentException.class, () -> new AddressRateLimit(1, Duration.ofMinutes(1), 0,
                () -> now));
    }
}
