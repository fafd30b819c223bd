package org.cyberpolicy.quiz.people;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Staff, sections, rosters and one-time links (docs/people.md). */
@ConfigMapping(prefix = "quiz.people")
public interface PeopleConfig {

    /**
     * How long a one-time link (a roster's welcome link, a password reset) works after it is issued, if it is not used
     * first. Default 7 days.
     */
    @WithDefault("7D")
    Duration linkLifetime();

    /** The most rows a roster may have (a larger file is refused whole). Default 20000. */
    @WithDefault("20000")
    int rosterMaxRows();

    /**
     * The address the links begin with, such as {@code https://quiz.example.edu}; unset, the address the instructor's
     * request came to.
     */
    java.util.Optional<String> publicUrl();
}
