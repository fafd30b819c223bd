package org.cyberpolicy.quiz.storage;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The folder that holds the database files, as the operating system sees it now: can the app write there, and how
 * much room is left. Writability is tested by writing, because permission bits say nothing about root, immutable
 * folders, read-only mounts or a path running through a file.
 */
public record DataFolder(Path dir) {

    public DataFolder {
        dir = dir.toAbsolutePath().normalize();
    }

    /** Why the app cannot keep its files here, or empty when it can (creating the folder if it is missing). */
    public Optional<String> whyNotWritable() {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            return Optional.of("it cannot be created (" + reason(e) + ")");
        }
        try {
            Path probe = Files.createTempFile(dir, ".write-check-", ".tmp");
            Files.delete(probe);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("nothing can be written in it (" + reason(e) + ")");
        }
    }

    /** Bytes this process may still write in the folder's file system, or -1 when the folder cannot be read. */
    public long usableSpace() {
        try {
            return Files.getFileStore(dir).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String type = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? type : type + ": " + e.getMessage();
    }
}
