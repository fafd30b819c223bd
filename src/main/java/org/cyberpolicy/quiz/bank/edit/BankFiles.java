package org.cyberpolicy.quiz.bank.edit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.bank.load.BankLoader;

/**
 * The bank folder's files as the editor sees them: which exist, which names may be edited, their text with a hash,
 * and an atomic write. Every name from a request goes through {@link #resolve} before the disk is touched.
 */
public final class BankFiles {

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private final Path folder;

    public BankFiles(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** The files the loader reads, sorted by their relative path. */
    public List<BankFile> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).filter(BankLoader::isBankFileName).sorted()
                    .map(path -> new BankFile(relativeName(folder.relativize(path)), path)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the bank folder " + folder, e);
        }
    }

    /**
     * The file named {@code relative}, checked: a relative path of plain segments (no {@code ..}, no absolute path,
     * no backslash), naming a {@code .yaml} or {@code .yml} file the loader would read, that exists and does not lead
     * out of the folder through a symbolic link.
     *
     * @throws Refusal when the name is not acceptable ({@code INVALID}) or no such file exists
     *                         ({@code NOT_FOUND})
     */
    public BankFile resolve(String relative) {
        BankFile file = checkedName(relative);
        if (!Files.isRegularFile(file.path())) {
            throw Refusal.notFound("The bank has no file '" + relative + "'.");
        }
        try {
            if (!file.path().toRealPath().startsWith(folder.toRealPath())) {
                throw invalid(relative, "it leads out of the bank folder");
            }
        } catch (IOException e) {
            throw Refusal.notFound("The bank has no file '" + relative + "'.");
        }
        return file;
    }

    private BankFile checkedName(String relative) {
        if (relative == null || relative.isBlank()) {
            throw invalid("", "the name is empty");
        }
        if (relative.indexOf('\\') >= 0 || relative.indexOf('\0') >= 0) {
            throw invalid(relative, "use '/' between folders");
        }
        if (relative.startsWith("/") || DRIVE.matcher(relative).matches()) {
            throw invalid(relative, "give a path relative to the bank folder, not an absolute one");
        }
        for (String segment : relative.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw invalid(relative, "a path of plain folder and file names is needed ('..' and '.' are refused)");
            }
        }
        Path path = folder.resolve(relative);
        if (!BankLoader.isBankFileName(path)) {
            throw invalid(relative, "only .yaml and .yml files that are not hidden belong to the bank");
        }
        return new BankFile(relative, path);
    }

    private static Refusal invalid(String relative, String why) {
        return Refusal.invalid("'" + relative + "' cannot be edited: " + why + ".");
    }

    /** The file's text (as UTF-8, as the loader reads it) and the hash of its bytes. */
    public FileText read(BankFile file) {
        try {
            byte[] bytes = Files.readAllBytes(file.path());
            return new FileText(new String(bytes, StandardCharsets.UTF_8), hash(bytes));
        } catch (NoSuchFileException e) {
            throw Refusal.notFound("The bank has no file '" + file.relative()
                    + "' any more.");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.path(), e);
        }
    }

    /**
     * Replaces the file's content in one step: the text goes to a hidden temporary file beside it (which the loader
     * ignores), then is renamed over the file, so that a reader or a watcher never sees half a file.
     */
    public void write(BankFile file, String text) {
        try {
            Path target = file.path().toRealPath();
            Path temporary = Files.createTempFile(target.getParent(), ".edit-", ".tmp");
            try {
                Files.write(temporary, text.getBytes(StandardCharsets.UTF_8));
                keepPermissions(target, temporary);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file.path(), e);
        }
    }

    /** A temporary file is private to its owner; the edited file should stay as readable as it was. */
    private static void keepPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (source != null) {
            Files.setPosixFilePermissions(to, source.readAttributes().permissions());
        }
    }

    /**
     * The relative name of the file a validator location names (the loader labels files as the folder joined with
     * the relative path), or empty when the location is not a file of this folder (the folder itself, say).
     */
    public Optional<String> relativeOf(String label) {
        Path path = Path.of(label);
        if (!path.startsWith(folder) || path.equals(folder)) {
            return Optional.empty();
        }
        return Optional.of(relativeName(folder.relativize(path)));
    }

    private static String relativeName(Path relative) {
        StringBuilder name = new StringBuilder();
        for (Path segment : relative) {
            name.append(name.isEmpty() ? "" : "/").append(segment);
        }
        return name.toString();
    }

    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
