package org.cyberpolicy.quiz.account.limits;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.cyberpolicy.quiz.Refusal;
import org.junit.jupiter.api.Test;

/** One account's allowance of writes per minute, kept apart per kind and per account. */
class WriteLimitsTest {

    private Instant now = Instant.parse("2026-12-04T10:00:00Z");
    private final WriteLimits limits = new WriteLimits(config(120, 10, 60), () -> now);

    private static WriteLimitsConfig config(int saves, int starts, int training) {
        return new WriteLimitsConfig() {
            @Override
            public int savesPerMinute() {
                return saves;
            }

            @Override
            public int startsPerMinute() {
                return starts;
            }

            @Override
            public int trainingPerMinute() {
                return training;
            }

            @Override
            public int ownDataPerMinute() {
                return 6;
            }

            @Override
            public int peoplePerMinute() {
                return 60;
            }

            @Override
            public int staffPerMinute() {
                return 60;
            }

            @Override
            public int maxTracked() {
                return 100;
            }
        };
    }

    private void spendTimes(long account, Write kind, int times) {
        for (int i = 0; i < times; i++) {
            limits.spend(account, kind);
        }
    }

    @Test
    void aMinutesAllowanceGoesAtOnceThenTheNextIsRefusedWithTheWait() {
        spendTimes(1, Write.START, 10);

        Refusal refused = assertThrows(Refusal.class, () -> limits.spend(1, Write.START));

        assertEquals(Refusal.Reason.TOO_MANY, refused.reason());
        assertEquals(Optional.of(Duration.ofSeconds(6)), refused.retryAfter().map(d -> Duration.ofSeconds(
                Refusal.seconds(d))));
        assertTrue(refused.getMessage().contains("Too many started attempts"), refused.getMessage());
        assertTrue(refused.getMessage().contains("about 6 seconds"), refused.getMessage());
    }

    @Test
    void theAllowanceComesBackAtItsPace() {
        spendTimes(1, Write.SAVE, 120);
        assertThrows(Refusal.class, () -> limits.spend(1, Write.SAVE));

        now = now.plusMillis(500);

        assertDoesNotThrow(() -> limits.spend(1, Write.SAVE));
        assertThrows(Refusal.class, () -> limits.spend(1, Write.SAVE));
    }

    @Test
    void eachKindAndEachAccountHasItsOwnAllowance() {
        spendTimes(1, Write.TRAINING, 60);

        assertDoesNotThrow(() -> limits.spend(1, Write.SAVE));
        assertDoesNotThrow(() -> limits.spend(1, Write.START));
        assertDoesNotThrow(() -> limits.spend(2, Write.TRAINING));
        assertThrows(Refusal.class, () -> limits.spend(1, Write.TRAINING));
    }

    @Test
    void zeroTurnsALimitOff() {
        WriteLimits off = new WriteLimits(config(0, 0, 0), () -> now);

        for (int i = 0; i < 10_000; i++) {
            off.spend(1, Write.SAVE);
        }
    }
}
