package org.cyberpolicy.quiz.account;

/** Registration is switched off ({@code quiz.registration.enabled=false}); accounts are created by other means. */
public class RegistrationClosedException extends RuntimeException {

    public RegistrationClosedException() {
        super("registration is closed");
    }
}
