package org.cyberpolicy.quiz;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A request that the application's rules do not allow, with what to tell the person who made it. Every feature
 * refuses with this one exception (an attempt already submitted, an unknown training token, a bank file outside the
 * folder, a filter that cannot be read), naming the {@link Reason}; the web layer decides in one place how a refusal
 * looks and which status it gets ({@code web.errors}). Messages are written for students and instructors, never
 * show an answer key, and may be shown as they are.
 * <p>
 * A service that must keep what it did before refusing (an attempt closed because its time ran out, then a save
 * refused because it is closed) names this class in {@code @Transactional(dontRollbackOn = Refusal.class)}. An
 * invalid response is not a refusal but an {@link org.cyberpolicy.quiz.engine.InvalidResponseException}, which rolls
 * back.
 */
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The request cannot be followed as written: a value of the wrong shape, a filter that cannot be read. */
        INVALID,
        /** The settings of the app do not allow it for anyone (registration closed). */
        FORBIDDEN,
        /** No such thing, or one that belongs to someone else (which is not revealed either). */
        NOT_FOUND,
        /** The thing's state forbids it now: submitted, out of time, already answered, no attempt left. */
        CONFLICT,
        /** Too many of these from one account lately; the same request will do after {@link #retryAfter()}. */
        TOO_MANY,
        /** Another system the request needs (a learning platform) did not answer as it should; nothing was changed. */
        UPSTREAM
    }

    private final Reason reason;
    private final List<String> problems;
    private final Optional<Duration> retryAfter;

    /**
     * @param message  what happened, in a sentence
     * @param problems each thing that was wrong, when there are several; empty otherwise
     */
    private Refusal(Reason reason, String message, List<String> problems) {
        this(reason, message, problems, Optional.empty());
    }

    private Refusal(Reason reason, String message, List<String> problems, Optional<Duration> retryAfter) {
        super(message);
        this.reason = reason;
        this.problems = List.copyOf(problems);
        this.retryAfter = retryAfter;
    }

    public static Refusal invalid(String message) {
        return new Refusal(Reason.INVALID, message, List.of());
    }

    /** A request with several problems, each said on its own under {@code message}. */
    public static Refusal invalid(String message, List<String> problems) {
        return new Refusal(Reason.INVALID, message, problems);
    }

    public static Refusal forbidden(String message) {
        return new Refusal(Reason.FORBIDDEN, message, List.of());
    }

    public static Refusal notFound(String message) {
        return new Refusal(Reason.NOT_FOUND, message, List.of());
    }

    public static Refusal conflict(String message) {
        return new Refusal(Reason.CONFLICT, message, List.of());
    }

    /** A conflict with several problems, each said on its own under {@code message}. */
    public static Refusal conflict(String message, List<String> problems) {
        return new Refusal(Reason.CONFLICT, message, problems);
    }

    /** Too many requests of one kind lately: the message says what, and when to try again ({@code Retry-After}). */
    public static Refusal tooMany(String message, Duration retryAfter) {
        return new Refusal(Reason.TOO_MANY, message, List.of(), Optional.of(retryAfter));
    }

    /** Another system the request relies on failed it; the message says which and what it answered. */
    public static Refusal upstream(String message) {
        return new Refusal(Reason.UPSTREAM, message, List.of());
    }

    public Reason reason() {
        return reason;
    }

    /** Each thing that was wrong, when the message sums up several; empty otherwise. */
    public List<String> problems() {
        return problems;
    }

    /** How long until the same request may be made again, for {@link Reason#TOO_MANY}; empty otherwise. */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }

    /** A wait in whole seconds, rounded up, at least 1: what {@code Retry-After} and the messages say. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
