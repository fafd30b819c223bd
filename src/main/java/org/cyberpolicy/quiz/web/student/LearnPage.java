package org.cyberpolicy.quiz.web.student;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.attempt.HeldKeys;
import org.cyberpolicy.quiz.bank.Source;
import org.cyberpolicy.quiz.briefing.BriefFact;
import org.cyberpolicy.quiz.briefing.Briefings;
import org.cyberpolicy.quiz.briefing.Reading;
import org.cyberpolicy.quiz.training.TrainingService;
import org.cyberpolicy.quiz.web.CallerAccount;
import org.cyberpolicy.quiz.web.format.Paths;
import org.cyberpolicy.quiz.web.format.Times;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The briefings: the facts to read before being tested, by topic and on a timeline, with their sources and the
 * instructor's notes. Never a question or an answer; and the facts an open exam of the student tests are left out
 * (see {@link Reading}).
 */
@Path("/learn")
@Authenticated
public class LearnPage {

    /** A link to a topic, with how many facts it has. */
    public record TopicLink(String href, String title, Optional<String> intro, int facts, List<FactLink> shown,
            int held) {
    }

    /** A link to a fact's place in the briefing. */
    public record FactLink(String href, String statement) {
    }

    /** One entry of the timeline: its date as written (2021-03) and in words (March 2021). */
    public record TimelineEntry(String date, String when, String href, String statement) {
    }

    /** Why some facts are not shown now, and until when. */
    public record HeldNotice(String because, String until) {
    }

    public record Index(List<TopicLink> topics, List<TimelineEntry> timeline, int timelineHeld,
            Optional<HeldNotice> held) {
    }

    /** A fact on its topic's page; {@code date} in words. */
    public record FactView(String id, String statement, Optional<QuotationView> quotation, Optional<String> note,
            Optional<String> date, Optional<String> dateValue, List<Source> sources, List<TopicLinkShort> otherTopics) {
    }

    public record QuotationView(String speaker, List<String> words, String reportedBy) {
    }

    public record TopicLinkShort(String href, String title) {
    }

    /**
     * A topic's page: first the facts whose place is here, then the related ones (facts of other topics that its
     * questions also ask about), so that the page reads as one subject and still holds everything it trains.
     */
    public record Topic(String id, String title, Optional<String> intro, List<FactView> facts, List<FactView> related,
            int held, List<Source> sources, boolean trainable, Optional<HeldNotice> heldNotice) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Index page);

        static native TemplateInstance topic(Topic page);
    }

    private final Briefings briefings;
    private final TrainingService training;
    private final CallerAccount caller;

    LearnPage(Briefings briefings, TrainingService training, CallerAccount caller) {
        this.briefings = briefings;
        this.training = training;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index() {
        Reading reading = briefings.forAccount(caller.id());
        List<TopicLink> topics = reading.topics().stream().map(t -> new TopicLink(topicHref(t.id()), t.title(),
                t.intro(), t.facts().size() + t.held(), t.facts().stream().map(LearnPage::factLink).toList(),
                t.held())).toList();
        Reading.TimelineReading timeline = reading.timeline();
        List<TimelineEntry> entries = timeline.entries().stream().map(f -> new TimelineEntry(
                f.date().orElseThrow().toString(), Dates.inWords(f.date().orElseThrow()), factHref(f), f.statement()))
                .toList();
        return Templates.index(new Index(topics, entries, timeline.held(), notice(reading.held())));
    }

    @GET
    @Path("/{topic}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance topic(@PathParam("topic") String id) {
        Reading reading = briefings.forAccount(caller.id());
        Reading.TopicReading topic = reading.topic(id)
                .orElseThrow(() -> Refusal.notFound("The briefings have no topic \u201c" + id + "\u201d."));
        Map<String, String> titles = new LinkedHashMap<>();
        reading.topics().forEach(t -> titles.put(t.id(), t.title()));
        List<FactView> facts = topic.facts().stream().filter(f -> f.home().equals(topic.id()))
                .map(f -> view(f, topic.id(), titles)).toList();
        List<FactView> related = topic.facts().stream().filter(f -> !f.home().equals(topic.id()))
                .map(f -> view(f, topic.id(), titles)).toList();
        // The sources of the topic's facts in one table: a handout's reading list.
        Map<String, Source> sources = new LinkedHashMap<>();
        topic.facts().forEach(f -> f.sources().forEach(s -> sources.putIfAbsent(s.id(), s)));
        boolean trainable = training.tags().containsKey(topic.id());
        return Templates.topic(new Topic(topic.id(), topic.title(), topic.intro(), facts, related, topic.held(),
                List.copyOf(sources.values()), trainable, notice(reading.held())));
    }

    /** A fact's permanent address: the reviews and the training pages link here, wherever the fact's topic is. */
    @GET
    @Path("/facts/{fact}")
    public Response fact(@PathParam("fact") String id) {
        Reading reading = briefings.forAccount(caller.id());
        String home = reading.homeOf(id)
                .orElseThrow(() -> Refusal.notFound("The briefings have no fact \u201c" + id + "\u201d."));
        return Response.seeOther(URI.create(topicHref(home) + "#fact-" + id)).build();
    }

    private static FactView view(BriefFact fact, String topic, Map<String, String> titles) {
        Optional<QuotationView> quotation = fact.quotation().map(q -> new QuotationView(q.speaker(), q.words(),
                fact.sources().stream().map(Source::outlet).distinct().reduce((a, b) -> a + "; " + b).orElse("")));
        List<TopicLinkShort> others = fact.topics().stream().filter(t -> !t.equals(topic) && titles.containsKey(t))
                .map(t -> new TopicLinkShort(topicHref(t), titles.get(t))).toList();
        return new FactView(fact.id(), fact.statement(), quotation, fact.note(), fact.date().map(Dates::inWords),
                fact.date().map(Object::toString), fact.sources(), others);
    }

    static Optional<HeldNotice> notice(HeldKeys.Held held) {
        if (!held.any()) {
            return Optional.empty();
        }
        boolean onlyOpen = held.between().isEmpty();
        String until = onlyOpen
                ? held.until().map(t -> "At the latest they are shown again at " + Times.readable(t)
                        + ", when the exam\u2019s time is up.").orElse("The exam has no time limit: they are shown"
                                + " again as soon as you submit it.")
                : held.until().map(t -> "At the latest they are shown again at " + Times.readable(t) + ".")
                        .orElse("They are shown again once the exam\u2019s answers are shown to you.");
        return Optional.of(new HeldNotice("Some facts are not shown here because an exam "
                + (onlyOpen ? "you have open" : "you may still attempt") + " tests them. " + held.because(), until));
    }

    static String topicHref(String topic) {
        return "/learn/" + Paths.segment(topic);
    }

    static String factHref(BriefFact fact) {
        return topicHref(fact.home()) + "#fact-" + fact.id();
    }

    private static FactLink factLink(BriefFact fact) {
        return new FactLink(factHref(fact), fact.statement());
    }
}
