package org.cyberpolicy.quiz.bank;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Reports which bank version is in service, so operators can tell what students see. */
@Readiness
@ApplicationScoped
public class BankHealthCheck implements HealthCheck {

    private final CurrentBank currentBank;

    BankHealthCheck(CurrentBank currentBank) {
        this.currentBank = currentBank;
    }

    @Override
    public HealthCheckResponse call() {
        // CurrentBank cannot exist without a valid bank (it refuses to start otherwise), so this is never empty.
        Bank bank = currentBank.get();
        return HealthCheckResponse.named("question-bank").up()
                .withData("version", bank.version())
                .withData("quizzes", bank.quizzes().size())
                .withData("questions", bank.questions().size() - bank.generatedCount())
                .withData("generated", bank.generatedCount())
                .build();
    }
}
