package org.cyberpolicy.quiz.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whether students may create their own accounts. */
@ConfigMapping(prefix = "quiz.registration")
public interface RegistrationConfig {

    /**
     * When false, the registration page and {@code POST /api/register} refuse new accounts, for a course whose
     * students are all known. Environment variable {@code QUIZ_REGISTRATION_ENABLED}.
     */
    @WithDefault("true")
    boolean enabled();
}
