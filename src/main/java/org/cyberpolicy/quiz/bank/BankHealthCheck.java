package org.cyberpolicy.quiz.bank;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once a valid bank is in service; reports which version, so operators can tell what students see. */
@Readiness
@ApplicationScoped
public class BankHealthCheck implements HealthCheck {

    private final CurrentBank currentBank;

    BankHealthCheck(CurrentBank currentBank) {
        this.currentBank = currentBank;
    }

    @Override
    public HealthCheckResponse call() {
        Bank bank = currentBank.get();
        return HealthCheckResponse.named("question-bank").status(bank != null)
                .withData("version", bank == null ? "none" : bank.version())
                .withData("quizzes", bank == null ? 0 : bank.quizzes().size())
                .withData("questions", bank == null ? 0 : bank.questions().size())
                .build();
    }
}
