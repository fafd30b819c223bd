package org.cyberpolicy.quiz.account.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The session cookie's key when none is configured: made once, kept in the data folder ({@code session.key}, readable
 * by its owner only) and read again at every start, so that sessions survive a restart and the key never has to be
 * made up by Quarkus, which writes such a temporary key to the log (anyone who reads the log could then sign in as
 * anyone). A key set in the environment or in application.properties always wins: this source ranks below both.
 * <p>
 * The file is made only when the key is asked for, which only the web server's start does: commands such as
 * {@code validate} leave the folder alone. With PostgreSQL the key is not made up at all: instances that share a
 * database must share the key, so the start is refused until one is set ({@link #refusalWithoutKey}).
 */
public final class SessionKeySource implements ConfigSource {

    public static final String KEY = "quarkus.http.auth.session.encryption-key";
    public static final String FILE = "session.key";
    /** Below application.properties (250) and the environment (300). */
    static final int ORDINAL = 200;
    /** 32 random bytes, as the AES-GCM of the cookie gets them from SHA-256 of the key anyway. */
    private static final int BYTES = 32;

    private final Path dataFolder;
    private final boolean postgresql;
    private volatile String key;

    SessionKeySource(Path dataFolder, boolean postgresql) {
        this.dataFolder = dataFolder;
        this.postgresql = postgresql;
    }

    @Override
    public String getName() {
        return "session key kept in the data folder";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(KEY);
    }

    @Override
    public Map<String, String> getProperties() {
        // Not listed with its value: nothing that dumps the configuration may show the key.
        return Map.of();
    }

    @Override
    public String getValue(String propertyName) {
        if (!KEY.equals(propertyName)) {
            return null;
        }
        if (postgresql) {
            throw new IllegalStateException(refusalWithoutKey());
        }
        String known = key;
        if (known == null) {
            synchronized (this) {
                if (key == null) {
                    key = readOrMake(dataFolder.resolve(FILE));
                }
                known = key;
            }
        }
        return known;
    }

    /** Why the PostgreSQL build does not start without a key. */
    static String refusalWithoutKey() {
        return "Set QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY (at least 16 characters, the same on every instance):"
                + " with PostgreSQL the app does not make up a session key, since the instances sharing the database"
                + " must share it (docs/security.md, \"Sessions\").";
    }

    /** The key in the file, or a new one written there first (owner-only where the file system has permissions). */
    static String readOrMake(Path file) {
        try {
            if (!Files.exists(file)) {
                make(file);
            }
            String stored = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (stored.length() < 16) {
                throw new IllegalStateException("The session key in " + file + " is shorter than 16 characters;"
                        + " delete the file to have a new one made (everyone is then signed out).");
            }
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the session key " + file, e);
        }
    }

    private static void make(Path file) throws IOException {
        byte[] random = new byte[BYTES];
        new SecureRandom().nextBytes(random);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), FILE, ".new");
        try {
            if (temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
                Files.setPosixFilePermissions(temporary, ownerOnly);
            }
            Files.writeString(temporary, key + "\n", StandardCharsets.US_ASCII);
            // Two instances starting on one folder at once must end up with one key: the first to link it wins.
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException madeMeanwhile) {
            // Keep the other one.
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
