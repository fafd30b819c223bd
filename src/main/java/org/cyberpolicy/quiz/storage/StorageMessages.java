package org.cyberpolicy.quiz.storage;

import java.nio.file.Path;
import java.util.Locale;

/** The words operators and students read when storage fails, in one place so that every channel says the same. */
public final class StorageMessages {

    /** What a student or script is told when a write was refused because the database could not store it. */
    public static final String SAVE_FAILED = "The server could not save your answer: its storage is full or cannot be"
            + " written. Nothing was recorded; try again shortly.";

    private StorageMessages() {
    }

    /** The one line printed when the app will not start on a folder it cannot write. */
    public static String unwritableFolder(Path dir, String why) {
        return "Cannot start: the data folder " + dir + " is not writable: " + why + ". Make it a writable folder for"
                + " the user running the app, or point QUIZ_DATA_DIR (quiz.data.dir) at one.";
    }

    /** The start-up warning when the data folder is short of space. */
    public static String lowSpace(Path dir, long free, long minimum) {
        return "The data folder " + dir + " has only " + size(free) + " free (quiz.data.min-free-space is "
                + size(minimum) + "): free some space, or saves will fail when it runs out. /q/health/ready reports"
                + " DOWN until then.";
    }

    static String size(long bytes) {
        if (bytes < 0) {
            return "an unknown amount";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%d KB", bytes / 1024);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
