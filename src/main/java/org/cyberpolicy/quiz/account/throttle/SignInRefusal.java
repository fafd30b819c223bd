package org.cyberpolicy.quiz.account.throttle;

import java.time.Duration;

/** A sign-in refused before its password was looked at: for a name or for an address, and how long to wait. */
public record SignInRefusal(boolean forAddress, Duration delay) {

    /** The wait in whole seconds, rounded up, at least 1: what {@code Retry-After} says. */
    public long seconds() {
        return Math.max(1, (delay.toMillis() + 999) / 1000);
    }

    public String message() {
        return (forAddress ? "Too many failed sign-ins from your network" : "Too many failed sign-ins for this name")
                + "; try again in about " + roughly() + ".";
    }

    private String roughly() {
        long seconds = seconds();
        if (seconds < 120) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        return minutes + " minutes";
    }
}
