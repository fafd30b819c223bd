package org.cyberpolicy.quiz.storage;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;

/**
 * Checks the data folder before Quarkus starts. Without it, an unwritable folder surfaces as a long stack trace from
 * the database migration; with it, the operator reads one line naming the folder and what to do.
 */
public final class DataFolderPreflight {

    private DataFolderPreflight() {
    }

    /** The line to print and exit with, when the app runs on an H2 file whose folder it cannot write. */
    public static Optional<String> refusal(Config config) {
        String url = config.getOptionalValue("quarkus.datasource.jdbc.url", String.class).orElse("");
        if (!H2FileUrl.isH2File(url)) {
            return Optional.empty();
        }
        Path dir = config.getOptionalValue("quiz.data.dir", String.class).map(Path::of).orElse(Path.of("data"));
        DataFolder folder = new DataFolder(dir);
        return folder.whyNotWritable().map(why -> StorageMessages.unwritableFolder(folder.dir(), why));
    }
}
