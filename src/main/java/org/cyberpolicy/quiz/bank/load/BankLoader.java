package org.cyberpolicy.quiz.bank.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.cyberpolicy.quiz.bank.BankProblem;
import org.cyberpolicy.quiz.bank.Location;
import org.cyberpolicy.quiz.bank.yaml.InvalidYamlException;
import org.cyberpolicy.quiz.bank.yaml.YamlLimits;
import org.cyberpolicy.quiz.bank.yaml.YamlNode;
import org.cyberpolicy.quiz.bank.yaml.YamlReader;

/**
 * Reads every {@code *.yaml} and {@code *.yml} file under a folder, recursively, into one validated bank.
 * <p>
 * Plain Java on purpose: the {@code validate} command uses it without starting the application.
 */
public final class BankLoader {

    private final long maxFileBytes;
    private final YamlReader yamlReader;

    public BankLoader(long maxFileBytes, YamlLimits limits) {
        this.maxFileBytes = maxFileBytes;
        this.yamlReader = new YamlReader(limits, (int) Math.min(Integer.MAX_VALUE, maxFileBytes));
    }

    public LoadResult load(Path folder) {
        return load(folder, Map.of());
    }

    /**
     * Reads the folder as it would be with some files replaced (or added): {@code overlay} maps paths relative to
     * the folder to their new text. Lets an edit be validated against the whole bank before anything is written.
     */
    public LoadResult load(Path folder, Map<Path, String> overlay) {
        Problems problems = new Problems();
        Location folderLocation = Location.startOf(folder.toString());
        if (!Files.isDirectory(folder)) {
            problems.error(folderLocation, "the bank folder does not exist or is not a folder");
            return new LoadResult.Rejected(problems.errors(), List.of());
        }
        Map<Path, byte[]> replaced = new TreeMap<>();
        overlay.forEach((relative, text) -> replaced.put(folder.resolve(relative),
                text.getBytes(StandardCharsets.UTF_8)));
        List<Path> files;
        try {
            TreeSet<Path> all = new TreeSet<>(bankFiles(folder));
            all.addAll(replaced.keySet());
            files = List.copyOf(all);
        } catch (IOException e) {
            problems.error(folderLocation, "cannot list the bank folder: " + e.getMessage());
            return new LoadResult.Rejected(problems.errors(), List.of());
        }
        if (files.isEmpty()) {
            problems.warning(folderLocation, "the bank folder holds no .yaml or .yml file");
        }
        BankAssembler assembler = new BankAssembler(problems, folderLocation);
        MessageDigest digest = sha256();
        for (Path file : files) {
            String label = folder.resolve(folder.relativize(file)).toString();
            readFile(file, Optional.ofNullable(replaced.get(file)), label, problems, digest)
                    .ifPresent(root -> assembler.addFile(label, root));
        }
        return assembler.assemble(HexFormat.of().formatHex(digest.digest()).substring(0, 16));
    }

    private static List<Path> bankFiles(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).filter(BankLoader::isBankFileName).sorted().toList();
        }
    }

    /** Whether the loader reads a file of this name: {@code .yaml} or {@code .yml}, and not hidden. */
    public static boolean isBankFileName(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".yaml") || name.endsWith(".yml")) && !name.startsWith(".");
    }

    private Optional<YamlNode> readFile(Path file, Optional<byte[]> replacement, String label, Problems problems,
            MessageDigest digest) {
        Location start = Location.startOf(label);
        try {
            long size = replacement.isPresent() ? replacement.get().length : Files.size(file);
            if (size > maxFileBytes) {
                problems.error(start, String.format("the file is %,d bytes; a bank file may hold at most %,d bytes "
                        + "(split it into several files, or raise quiz.bank.max-file-size)", size, maxFileBytes));
                return Optional.empty();
            }
            byte[] bytes = replacement.isPresent() ? replacement.get() : Files.readAllBytes(file);
            digest.update(label.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(bytes);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            List<BankProblem> found = new ArrayList<>();
            Optional<YamlNode> root = yamlReader.read(label, stripByteOrderMark(text), found);
            problems.addErrors(found);
            return root;
        } catch (CharacterCodingException e) {
            problems.error(start, "the file is not valid UTF-8 text; save it as UTF-8");
        } catch (InvalidYamlException e) {
            problems.addErrors(List.of(e.problem()));
        } catch (IOException e) {
            problems.error(start, "cannot read the file: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static String stripByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
