package org.cyberpolicy.quiz.attempt;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The course's own time. Under {@code quiz.course}, not the root {@code quiz}: a mapping of the root would make every
 * other {@code quiz.*} property that no mapping reads (the PostgreSQL build's {@code quiz.db.url}) a start-up error.
 */
@ConfigMapping(prefix = "quiz.course")
public interface CourseTimeConfig {

    /**
     * The zone in which the bank's local date-times ({@code opens: 2026-12-01T09:00}, no offset) are read, such as
     * {@code Europe/Brussels}; a date-time with an offset is read as written. Pages show students times in their own
     * browser's zone whatever this is; the API and the exports keep UTC. Default UTC.
     */
    @WithDefault("UTC")
    ZoneId timeZone();
}
