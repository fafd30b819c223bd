package org.cyberpolicy.quiz.export;

/** The three exports, with the practice option each takes when the request gives none. */
public enum ExportKind {
    /** One row per student: the grade that counts in each quiz. Practice attempts left out unless asked for. */
    GRADEBOOK("gradebook", PracticeAttempts.EXCLUDE),
    /** One row per attempt. */
    ATTEMPTS("attempts", PracticeAttempts.INCLUDE),
    /** One row per question of each attempt. */
    RESPONSES("responses", PracticeAttempts.INCLUDE);

    private final String fileName;
    private final PracticeAttempts defaultPractice;

    ExportKind(String fileName, PracticeAttempts defaultPractice) {
        this.fileName = fileName;
        this.defaultPractice = defaultPractice;
    }

    public String fileName() {
        return fileName;
    }

    public PracticeAttempts defaultPractice() {
        return defaultPractice;
    }
}
