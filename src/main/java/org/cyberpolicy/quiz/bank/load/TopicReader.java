package org.cyberpolicy.quiz.bank.load;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.cyberpolicy.quiz.bank.Topic;

/**
 * Reads one entry of a {@code topics} list: the title and introduction of a tag. A topic must be a tag that a question
 * or a fact carries, so that a typo in either place shows up here rather than as an empty briefing.
 */
final class TopicReader {

    static final Set<String> KEYS = Set.of("id", "title", "intro");

    private final Problems problems;
    private final Set<String> knownTags;
    private final boolean tagsComplete;

    /**
     * @param tagsComplete whether {@code knownTags} holds every tag of the bank; when questions or facts were dropped
     *                     for their errors it does not, and an unknown topic would be a false alarm
     */
    TopicReader(Problems problems, Set<String> knownTags, boolean tagsComplete) {
        this.problems = problems;
        this.knownTags = knownTags;
        this.tagsComplete = tagsComplete;
    }

    Optional<Topic> read(Fields raw) {
        // Any tag may be a topic, so the id is the tag as written, not necessarily kebab-case.
        Optional<String> id = raw.requiredText("id");
        Fields fields = raw.named(id.map(i -> "topic '" + i + "'").orElse("a topic"));
        fields.rejectUnknownKeys(KEYS);
        int before = problems.errorCount();
        Optional<String> title = fields.requiredText("title");
        Optional<String> intro = fields.text("intro");
        if (id.isPresent() && tagsComplete && !knownTags.contains(id.get())) {
            problems.error(fields.value("id").orElseThrow(), "unknown topic '" + id.get()
                    + "': no question or fact has this tag (the tags are: " + String.join(", ", new TreeSet<>(knownTags))
                    + ")");
        }
        if (problems.errorCount() > before || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Topic(id.get(), title.get(), intro, fields.node().location()));
    }
}
