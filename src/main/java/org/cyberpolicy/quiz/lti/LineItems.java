package org.cyberpolicy.quiz.lti;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.bank.Quiz;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The line item of a resource link whose launches name none, found or made by the tool (AGS line item service), so
 * that its scores reach the course's gradebook: a platform may grant the tool the line item scope and the course's
 * line items instead of making a column for every link (docs/interop.md, "Grade passback").
 * <p>
 * After such a launch into an exam, on a thread of its own: the course's line items for the link
 * ({@code GET {lineitems}?resource_link_id=...}) are asked first, and the one for this link and quiz is taken;
 * otherwise one is made ({@code POST {lineitems}}: the most an attempt can carry, the quiz's title, the quiz's id as
 * resource id, the link). Scores the link's students earned before it existed are then queued. A failure is logged,
 * and the next launch through the link tries again; the launch itself never waits for any of it. While one finder
 * asks the platform, the link is claimed in the database, so that instances launching at once make one column.
 */
@ApplicationScoped
public class LineItems {

    static final String ITEM = "application/vnd.ims.lis.v2.lineitem+json";
    static final String CONTAINER = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    /** The most of an answer read: a course's line items, or one. */
    static final int MAX_ANSWER_BYTES = 2 * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(LineItems.class);
    /** How long one finder holds a link: longer than its three requests can take (token, ask, make). */
    static final Duration CLAIM_FOR = Duration.ofMinutes(2);

    /** What became of a link's line item. */
    public enum Outcome {
        /** The platform already had one for the link. */
        FOUND,
        /** The tool made one. */
        MADE,
        /** Nothing to do: the link has its line item, or leaves none to the tool, or opens no exam. */
        NOTHING_TO_DO,
        /** Another instance or thread is finding or making it right now. */
        BUSY,
        /** The platform refused or could not be reached; the next launch tries again. */
        FAILED
    }

    private final LtiLinks links;
    private final Platforms platforms;
    private final AccessTokens tokens;
    private final CurrentBank bank;
    private final GradePassback passback;
    private final GradesConfig config;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(AccessTokens.CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "lti-line-items");
        thread.setDaemon(true);
        return thread;
    });

    LineItems(LtiLinks links, Platforms platforms, AccessTokens tokens, CurrentBank bank, GradePassback passback,
            GradesConfig config, ObjectMapper json) {
        this.links = links;
        this.platforms = platforms;
        this.tokens = tokens;
        this.bank = bank;
        this.passback = passback;
        this.config = config;
        this.json = json;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** Finds or makes the link's line item soon, on a thread of its own. */
    void ensureSoon(long linkId) {
        if (!config.enabled()) {
            return;
        }
        try {
            background.submit(() -> {
                try {
                    ensure(linkId);
                } catch (RuntimeException e) {
                    LOG.warnf("LTI line items: link %d failed (%s); its next launch tries again", linkId,
                            e.getClass().getName());
                }
            });
        } catch (RejectedExecutionException stopping) {
            LOG.debug("stopping: the link's next launch finds or makes its line item");
        }
    }

    /** Finds or makes the link's line item now, and queues the scores its students earned before. */
    public Outcome ensure(long linkId) {
        Optional<LtiLinks.LinkWithoutItem> found = QuarkusTransaction.requiringNew().call(() -> links.withoutItem(
                linkId));
        if (found.isEmpty()) {
            return Outcome.NOTHING_TO_DO;
        }
        LtiLinks.LinkWithoutItem link = found.get();
        Optional<Quiz> quiz = bank.get().quiz(link.quizId()).filter(q -> q.mode() == Quiz.Mode.EXAM);
        Optional<Platform> platform = platforms.find(link.issuer(), link.clientId());
        if (quiz.isEmpty() || platform.isEmpty()) {
            return Outcome.NOTHING_TO_DO;
        }
        // One finder per link at a time: two could each find none and make two gradebook columns.
        Instant now = clock.instant();
        if (!QuarkusTransaction.requiringNew().call(() -> links.claimForLineItem(linkId, now, now.plus(CLAIM_FOR)))) {
            return Outcome.BUSY;
        }
        String url;
        Outcome outcome;
        try {
            String token = tokens.token(platform.get(), List.of(AgsEndpoint.LINEITEM_SCOPE)).value();
            Optional<String> existing = existing(link, token);
            outcome = existing.isPresent() ? Outcome.FOUND : Outcome.MADE;
            url = existing.isPresent() ? existing.get() : make(link, quiz.get(), token);
        } catch (AccessTokens.AccessTokenException e) {
            LOG.warnf("LTI line items: no token for link %d from %s (HTTP %d): %s", linkId,
                    LaunchRefusal.shown(link.issuer()), e.status(), e.excerpt());
            return released(linkId);
        } catch (PlatformAnswer e) {
            LOG.warnf("LTI line items: link %d, %s", linkId, e.getMessage());
            return released(linkId);
        }
        boolean taken = QuarkusTransaction.requiringNew().call(() -> links.setLineItem(linkId, url));
        if (taken) {
            int queued = passback.queueEarlierScores(linkId);
            LOG.infof("LTI line items: link %d from %s has the line item %s (%s); %d earlier scores queued", linkId,
                    LaunchRefusal.shown(link.issuer()), LaunchRefusal.shown(url),
                    outcome.name().toLowerCase(Locale.ROOT), queued);
        }
        return outcome;
    }

    private Outcome released(long linkId) {
        QuarkusTransaction.requiringNew().run(() -> links.releaseLineItemClaim(linkId));
        return Outcome.FAILED;
    }

    /** The course's line item for this link and quiz, if the platform has one. */
    private Optional<String> existing(LtiLinks.LinkWithoutItem link, String token) {
        String query = "resource_link_id=" + URLEncoder.encode(link.resourceLinkId(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(withQuery(link.lineitemsUrl(), query)))
                .timeout(GradeSender.REQUEST_TIMEOUT).header("Accept", CONTAINER)
                .header("Authorization", "Bearer " + token).GET().build();
        JsonNode items = send(request, "asking for the course's line items");
        if (!items.isArray()) {
            throw new PlatformAnswer("the course's line items are not a JSON array");
        }
        for (JsonNode item : items) {
            boolean forLink = link.resourceLinkId().equals(item.path("resourceLinkId").asText(null));
            String resource = item.path("resourceId").asText(null);
            if (forLink && (resource == null || resource.equals(link.quizId()))) {
                return Optional.of(itemUrl(item, link));
            }
        }
        return Optional.empty();
    }

    /** A new line item for the link: the most an attempt can carry, labelled with the quiz's title. */
    private String make(LtiLinks.LinkWithoutItem link, Quiz quiz, String token) {
        Map<String, Object> item = new LinkedHashMap<>();
        BigDecimal points = DeepLinks.points(bank.get(), quiz);
        item.put("scoreMaximum", DeepLinks.number(points.signum() > 0 ? points : BigDecimal.ONE));
        item.put("label", quiz.title());
        item.put("resourceId", quiz.id());
        item.put("resourceLinkId", link.resourceLinkId());
        String body;
        try {
            body = json.writeValueAsString(item);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of texts and a number is JSON", e);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(link.lineitemsUrl()))
                .timeout(GradeSender.REQUEST_TIMEOUT).header("Content-Type", ITEM).header("Accept", ITEM)
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return itemUrl(send(request, "making a line item"), link);
    }

    private JsonNode send(HttpRequest request, String what) {
        HttpResponse<InputStream> answer;
        String body;
        try {
            answer = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = answer.body()) {
                byte[] bytes = in.readNBytes(MAX_ANSWER_BYTES + 1);
                if (bytes.length > MAX_ANSWER_BYTES) {
                    throw new PlatformAnswer(what + ": the answer is larger than " + MAX_ANSWER_BYTES / (1024 * 1024)
                            + " MB");
                }
                body = new String(bytes, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new PlatformAnswer(what + ": the platform could not be reached (" + e.getClass().getSimpleName()
                    + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformAnswer(what + ": interrupted");
        }
        if (answer.statusCode() / 100 != 2) {
            throw new PlatformAnswer(what + ": HTTP " + answer.statusCode() + ", "
                    + AccessTokens.shown(AccessTokens.excerpt(body)));
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new PlatformAnswer(what + ": the answer is not JSON");
        }
    }

    /**
     * A line item's own address ({@code id}), taken only if a score may be sent to it and it is on the host of the
     * course's line items: the platform's bearer token goes nowhere else.
     */
    private static String itemUrl(JsonNode item, LtiLinks.LinkWithoutItem link) {
        String url = ServiceUrls.acceptable(item.path("id").asText(null)).orElseThrow(() -> new PlatformAnswer(
                "the line item's id is not an https address"));
        if (!ServiceUrls.sameOrigin(URI.create(link.lineitemsUrl()), URI.create(url))) {
            throw new PlatformAnswer("the line item is at another address than the course's line items ('"
                    + LaunchRefusal.shown(url) + "')");
        }
        return url;
    }

    static String withQuery(String url, String query) {
        int fragment = url.indexOf('#');
        String base = fragment < 0 ? url : url.substring(0, fragment);
        return base + (base.contains("?") ? "&" : "?") + query;
    }

    /** A platform's answer the tool cannot use; its message says what was asked and what came back. */
    private static final class PlatformAnswer extends RuntimeException {
        PlatformAnswer(String message) {
            super(message, null, false, false);
        }
    }
}
