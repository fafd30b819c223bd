package org.cyberpolicy.quiz.account;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The first instructor account, created at start-up when there is no instructor yet (see {@link InstructorBootstrap}). */
@ConfigMapping(prefix = "quiz.instructor")
public interface InstructorConfig {

    String DEFAULT_USERNAME = "instructor";

    /** Username of the first instructor. Environment variable {@code QUIZ_INSTRUCTOR_USERNAME}. */
    @WithDefault(DEFAULT_USERNAME)
    String username();

    /**
     * Password of the first instructor; used only when that account is created, never to reset it. Without it a
     * random password is generated and logged once. Environment variable {@code QUIZ_INSTRUCTOR_PASSWORD}.
     */
    Optional<String> password();
}
