package org.cyberpolicy.quiz.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The training bank copied to a folder of its own, which a test may edit and reload. */
public class EditableTrainingBankProfile implements QuarkusTestProfile {

    public static final Path FOLDER = copy();

    private static Path copy() {
        try {
            Path folder = Files.createTempDirectory("training-bank");
            Files.copy(Path.of(TrainingProfile.BANK, "bank.yaml"), folder.resolve("bank.yaml"));
            folder.toFile().deleteOnExit();
            folder.resolve("bank.yaml").toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quiz.bank.dir", FOLDER.toString(), "quiz.training.new-facts-per-day", "3");
    }
}
