package org.cyberpolicy.quiz.lti;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.bank.Draw;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.Quiz;
import org.jboss.logging.Logger;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * LTI Deep Linking 2.0: an instructor in the learning platform picks a quiz, and the tool answers with a signed
 * {@code LtiDeepLinkingResponse} naming it as an {@code ltiResourceLink} (its launch address, {@code custom.quiz_id},
 * and for an exam a line item: score maximum, label, resource id).
 * <p>
 * The request's settings are kept here ({@link DeepLink}, table {@code lti_deep_link}) between the launch and the
 * pick, for {@link #LIFETIME} and used once: the browser carries only a random id (256 bits), never the return
 * address, the data or the platform. The launch begins no session, so the id is the picker's credential
 * (docs/security.md, "LTI launches"); the row records which account asked. The answer is signed RS256 with the tool's
 * key ({@link ToolKeys}, {@code kid} in the header) by jose4j.
 */
@ApplicationScoped
public class DeepLinks {

    /** How long an instructor may take to pick. */
    public static final Duration LIFETIME = Duration.ofMinutes(30);
    /** How long the platform has to receive the answer. */
    static final Duration ANSWER_LIFETIME = Duration.ofMinutes(5);
    /** Requests one account may have waiting; older ones are dropped. */
    static final int MAX_WAITING = 20;
    static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
    static final String DEEP_LINKING_RESPONSE = "LtiDeepLinkingResponse";
    public static final String PATH = "/lti/deep-links/";

    private static final Logger LOG = Logger.getLogger(DeepLinks.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A quiz as the picker lists it. */
    public record Choice(String id, String title, String kind, int questions, BigDecimal points) {
    }

    /**
     * A request waiting for the pick, as its page may show it (never the return address or the data), and the
     * platform's origins, which alone may frame its pages.
     */
    public record Waiting(String id, String platform, boolean acceptLineItem, List<String> platformOrigins) {
    }

    /** The signed answer, where the browser posts it, and the platform's origins, which alone may frame it. */
    public record Answer(String returnUrl, String returnOrigin, String jwt, List<String> platformOrigins) {
    }

    private final ToolKeys keys;
    private final CurrentBank bank;
    private final Platforms platforms;
    private final Clock clock = Clock.systemUTC();

    DeepLinks(ToolKeys keys, CurrentBank bank, Platforms platforms) {
        this.keys = keys;
        this.bank = bank;
        this.platforms = platforms;
    }

    /** Keeps an accepted deep linking request of the account that made it; the request, for its picker. */
    Waiting begin(long accountId, Platform platform, LaunchClaims claims, Instant now) {
        DeepLinkSettings settings = claims.deepLinking().orElseThrow();
        String id = random();
        QuarkusTransaction.requiringNew().run(() -> {
            DeepLink.forgetExpired(now);
            List<DeepLink> waiting = DeepLink.waitingFor(accountId);
            for (int i = MAX_WAITING - 1; i < waiting.size(); i++) {
                waiting.get(i).delete();
            }
            DeepLink row = new DeepLink();
            row.id = id;
            row.accountId = accountId;
            row.issuer = claims.issuer();
            row.clientId = platform.clientId();
            row.deploymentId = claims.deploymentId();
            row.returnUrl = settings.returnUrl();
            row.data = settings.data().orElse(null);
            row.acceptLineItem = settings.acceptLineItem();
            row.createdAt = now;
            row.expiresAt = now.plus(LIFETIME);
            row.persist();
        });
        return new Waiting(id, claims.issuer(), settings.acceptLineItem(),
                platformOrigins(claims.issuer(), settings.returnUrl()));
    }

    /**
     * The request {@code id} if it is still waiting.
     *
     * @throws Refusal not found otherwise (whether unknown, used or expired: the same answer)
     */
    public Waiting waiting(String id) {
        Instant now = clock.instant();
        DeepLink row = id == null ? null
                : QuarkusTransaction.requiringNew().call(() -> DeepLink.findWaiting(id, now).orElse(null));
        if (row == null) {
            throw gone();
        }
        return new Waiting(row.id, row.issuer, row.acceptLineItem, platformOrigins(row.issuer, row.returnUrl));
    }

    /**
     * The origins the platform shows the tool from: that of its return address (its own site, where Moodle and Canvas
     * open the picker in a frame), and that of its issuer when the issuer is an address (as LTI asks it to be).
     */
    static List<String> platformOrigins(String issuer, String returnUrl) {
        List<String> origins = new ArrayList<>();
        origins.add(DeepLinkSettings.origin(returnUrl));
        try {
            URI uri = new URI(issuer);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
                String origin = DeepLinkSettings.origin(issuer);
                if (!origins.contains(origin)) {
                    origins.add(origin);
                }
            }
        } catch (URISyntaxException | IllegalArgumentException notAnAddress) {
            // An issuer that is no address frames nothing.
        }
        return List.copyOf(origins);
    }

    /** The bank's quizzes, as the picker lists them. */
    public List<Choice> choices() {
        Bank current = bank.get();
        return current.quizzes().values().stream().map(quiz -> new Choice(quiz.id(), quiz.title(),
                quiz.mode().name().toLowerCase(Locale.ROOT), quiz.questionCount(), points(current, quiz))).toList();
    }

    /**
     * Uses the request {@code id} of {@code accountId}: the signed answer adding the quiz {@code quizId}, or adding
     * nothing when it is empty (the instructor cancelled).
     *
     * @param base the tool's address, which the quiz's launch address starts with
     * @throws Refusal not found for an unknown quiz (the request stays usable) or a request that is not waiting
     */
    public Answer answer(String id, Optional<String> quizId, String base) {
        Optional<Quiz> quiz = quizId.map(wanted -> bank.get().quiz(wanted).orElseThrow(() -> Refusal.notFound(
                "There is no quiz '" + LaunchRefusal.shown(wanted) + "'.")));
        Instant now = clock.instant();
        DeepLink row = QuarkusTransaction.requiringNew().call(() -> {
            DeepLink found = DeepLink.findWaiting(id, now).orElse(null);
            // Deleted by a delete that counts: of two picks racing with one request, one only gets it.
            return found != null && DeepLink.take(id) ? found : null;
        });
        if (row == null) {
            throw gone();
        }
        if (platforms.find(row.issuer, row.clientId).isEmpty()) {
            throw Refusal.notFound("The learning platform of this request is no longer registered.");
        }
        BigDecimal points = quiz.map(q -> points(bank.get(), q)).orElse(BigDecimal.ZERO);
        String jwt = sign(response(row, quiz, points, base, now));
        LOG.infof("LTI deep linking: account %d %s for %s, deployment %s", row.accountId,
                quiz.map(q -> "added the quiz " + q.id()).orElse("added nothing"), LaunchRefusal.shown(row.issuer),
                LaunchRefusal.shown(row.deploymentId));
        return new Answer(row.returnUrl, DeepLinkSettings.origin(row.returnUrl), jwt,
                platformOrigins(row.issuer, row.returnUrl));
    }

    /** The claims of the answer (Deep Linking 2.0 §4.5). */
    static JwtClaims response(DeepLink request, Optional<Quiz> quiz, BigDecimal points, String base, Instant now) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(request.clientId);
        claims.setAudience(request.issuer);
        claims.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(now.plus(ANSWER_LIFETIME).getEpochSecond()));
        claims.setClaim("nonce", random());
        claims.setClaim(LaunchValidator.DEPLOYMENT_ID, request.deploymentId);
        claims.setClaim(LaunchValidator.MESSAGE_TYPE, DEEP_LINKING_RESPONSE);
        claims.setClaim(LaunchValidator.VERSION, "1.3.0");
        if (request.data != null) {
            claims.setClaim(DL + "data", request.data);
        }
        claims.setClaim(DL + "content_items", quiz.map(q -> List.of(item(q, points, base, request.acceptLineItem)))
                .orElse(List.of()));
        if (quiz.isEmpty()) {
            claims.setClaim(DL + "msg", "No quiz was added.");
        }
        return claims;
    }

    /** The quiz as an LTI resource link; an exam with a line item, unless the platform said it takes none. */
    static Map<String, Object> item(Quiz quiz, BigDecimal points, String base, boolean acceptLineItem) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", DeepLinkSettings.RESOURCE_LINK);
        item.put("title", quiz.title());
        quiz.description().filter(text -> !text.isBlank()).ifPresent(text -> item.put("text", text.strip()));
        item.put("url", base + "/lti/quizzes/" + URLEncoder.encode(quiz.id(), StandardCharsets.UTF_8));
        if (quiz.mode() == Quiz.Mode.EXAM && acceptLineItem) {
            Map<String, Object> lineItem = new LinkedHashMap<>();
            lineItem.put("scoreMaximum", number(points));
            lineItem.put("label", quiz.title());
            lineItem.put("resourceId", quiz.id());
            item.put("lineItem", lineItem);
        }
        item.put("custom", Map.of("quiz_id", quiz.id()));
        return item;
    }

    /**
     * The most points an attempt of the quiz can carry: its fixed questions' points, and for each draw its count times
     * the highest points among the questions it may pick.
     */
    static BigDecimal points(Bank bank, Quiz quiz) {
        BigDecimal total = BigDecimal.ZERO;
        for (String questionId : quiz.questionIds()) {
            total = total.add(bank.question(questionId).map(Question::points).orElse(BigDecimal.ZERO));
        }
        for (Draw draw : quiz.draws()) {
            BigDecimal most = bank.questions().values().stream().filter(draw::admits).map(Question::points)
                    .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
            total = total.add(most.multiply(BigDecimal.valueOf(draw.count())));
        }
        return total.stripTrailingZeros();
    }

    /** A JSON number: whole when it is, else a decimal. */
    static Number number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() <= 0) {
            return plain.longValueExact();
        }
        return plain.doubleValue();
    }

    private String sign(JwtClaims claims) {
        return ToolKeys.sign(keys.current(), claims, "the deep linking answer");
    }

    private static Refusal gone() {
        return Refusal.notFound("This quiz choice is over: it was used already, or has expired (after "
                + LIFETIME.toMinutes() + " minutes). Start again from the course.");
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
