package org.cyberpolicy.quiz.interop.gift;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cyberpolicy.quiz.interop.ForeignQuestion;
import org.cyberpolicy.quiz.interop.ImportMapper;
import org.cyberpolicy.quiz.interop.ParsedFile;

/** The GIFT files written for these tests, in {@code src/test/resources/gift/}, parsed and mapped. */
final class GiftCorpus {

    static final Path FOLDER = Path.of("src/test/resources/gift");

    private GiftCorpus() {
    }

    static String text(String name) {
        try {
            return Files.readString(FOLDER.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedFile parse(String name) {
        return GiftParser.parse(text(name), name);
    }

    static ForeignQuestion titled(ParsedFile parsed, String title) {
        return parsed.questions().stream().filter(q -> q.title().filter(title::equals).isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("no question titled " + title));
    }

    static ImportMapper.Plan map(String name) {
        return ImportMapper.map(parse(name).questions(), name);
    }
}
