package org.cyberpolicy.quiz.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The student-flow bank, copied to {@code target/test-banks/editable} when the app starts, for tests that edit or
 * reload the bank. Tests that change a file put it back afterwards ({@link #FILE}), so they do not depend on order.
 */
public class EditableBankProfile implements QuarkusTestProfile {

    public static final String DIR = "target/test-banks/editable";
    /** The bank's only file, relative to the bank folder. */
    public static final String FILE = "bank.yaml";

    @Override
    public Map<String, String> getConfigOverrides() {
        BankCopy.of(StudentFlowProfile.BANK, "editable");
        return Map.of("quiz.bank.dir", DIR);
    }
}
