package org.cyberpolicy.quiz.bank.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.Set;

import org.cyberpolicy.quiz.bank.PartialDate;
import org.cyberpolicy.quiz.bank.Source;
import org.cyberpolicy.quiz.bank.yaml.YamlNode;

/** Reads one entry of a {@code sources} list. */
final class SourceReader {

    static final Set<String> KEYS = Set.of("id", "outlet", "title", "author", "published", "url");

    private final Problems problems;

    SourceReader(Problems problems) {
        this.problems = problems;
    }

    Optional<Source> read(Fields raw) {
        Optional<String> id = raw.requiredId();
        Fields fields = raw.named(id.map(i -> "source '" + i + "'").orElse("a source"));
        fields.rejectUnknownKeys(KEYS);
        int before = problems.errorCount();
        Optional<String> outlet = fields.requiredText("outlet");
        Optional<String> title = fields.requiredText("title");
        Optional<String> author = fields.text("author");
        Optional<PartialDate> published = fields.required("published").flatMap(node -> publicationDate(fields, node));
        Optional<String> url = fields.value("url").flatMap(node -> url(fields, node));
        if (problems.errorCount() > before || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Source(id.get(), outlet.get(), title.get(), author, published.get(), url,
                fields.node().location()));
    }

    private Optional<PartialDate> publicationDate(Fields fields, YamlNode node) {
        return Dates.read(node, "'published' of " + fields.owner(), problems).filter(date -> {
            if (date.precision() != PartialDate.Precision.YEAR) {
                return true;
            }
            problems.error(node, "'published' of " + fields.owner()
                    + " must give at least the month: YYYY-MM-DD, or YYYY-MM when the day is unknown");
            return false;
        });
    }

    /** Only web addresses: a review page turns this into a link, and other schemes (javascript:) are unsafe. */
    private Optional<String> url(Fields fields, YamlNode node) {
        return fields.text(node, "'url'").filter(text -> {
            try {
                URI uri = new URI(text);
                String scheme = uri.getScheme();
                if (("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null) {
                    return true;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            problems.error(node, "'url' of " + fields.owner() + " must be an http or https address, not '" + text + "'");
            return false;
        });
    }
}
