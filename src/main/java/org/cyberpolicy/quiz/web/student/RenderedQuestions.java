package org.cyberpolicy.quiz.web.student;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.cyberpolicy.quiz.attempt.AttemptConfig;
import org.cyberpolicy.quiz.attempt.AttemptHead;
import org.cyberpolicy.quiz.attempt.AttemptSheet;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The attempt page's questions as rendered HTML, kept by attempt and {@code revision}: while a student's answers do
 * not change, their page is shown again without reading the 20 question rows or rendering them (together most of the
 * page's time; docs/performance.md, "Third round"). Every save and check raises the revision in the database, in the
 * same transaction, and the page reads the revision (with the attempt's head) on every request, so a page is never
 * shown from an older revision, whichever instance saved. The key also holds the attempt's start, to the
 * microsecond: an id that a restored database hands out again names another attempt.
 * <p>
 * Only the questions are kept, as rendered for their owner without errors; the page around them (the header with the
 * signed-in name, the form's CSRF token, the time left) is rendered for each request.
 */
@ApplicationScoped
public class RenderedQuestions {

    /** What the header needs besides the HTML. */
    public record Rendered(String html, long answered, int count) {
    }

    private record Key(long attemptId, Instant startedAt, long revision) {
    }

    private final Cache<Key, Rendered> rendered;

    RenderedQuestions(AttemptConfig config) {
        // Size 0 means no cache at all (Caffeine would still hold an entry until its asynchronous eviction runs).
        this.rendered = config.pageCacheSize() > 0 ? Caffeine.newBuilder().maximumSize(config.pageCacheSize()).build()
                : null;
    }

    Optional<Rendered> of(AttemptHead head) {
        return rendered == null ? Optional.empty()
                : Optional.ofNullable(rendered.getIfPresent(new Key(head.id(), head.startedAt(), head.revision())));
    }

    void keep(AttemptSheet sheet, Rendered questions) {
        if (rendered != null) {
            rendered.put(new Key(sheet.id(), sheet.startedAt(), sheet.revision()), questions);
        }
    }
}
