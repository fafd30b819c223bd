package org.cyberpolicy.quiz.web.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.lti.LtiGradeSend;
import org.cyberpolicy.quiz.lti.LtiMembership;
import org.cyberpolicy.quiz.lti.LtiUser;
import org.cyberpolicy.quiz.account.limits.Write;
import org.cyberpolicy.quiz.account.limits.WriteLimits;
import org.cyberpolicy.quiz.account.session.UserSession;
import org.cyberpolicy.quiz.attempt.Attempt;
import org.cyberpolicy.quiz.attempt.AttemptService;
import org.cyberpolicy.quiz.engine.ResponseCodec;
import org.cyberpolicy.quiz.training.FactMemory;
import org.cyberpolicy.quiz.training.ReviewLog;
import org.cyberpolicy.quiz.training.TrainingQuestion;
import org.cyberpolicy.quiz.web.CallerAccount;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.Authenticated;

/**
 * A student's own data (docs/own-data.md): everything the app holds about the signed-in account, as one JSON
 * download. (A class of its own at this path: a class at {@code /api/me} would hide {@code AccountApiResource}'s
 * {@code /api/me}.) Attempts appear exactly as the student's own review shows them
 * ({@code GET /api/attempts/{id}}): what the quiz's review policy still holds back (answer keys, feedback) is left out
 * here too. Sessions are listed by their times only, never by the ids that sign them in.
 */
@Path("/api/me/data")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Own data", description = "Everything the app holds about you, and deleting your account")
public class MyDataApi {

    /** The download. */
    public record MyData(Instant exportedAt, AccountData account, List<String> sections, List<Object> attempts,
            TrainingData training, List<SessionData> sessions, List<PlatformData> learningPlatforms) {
    }

    /** The account, without its password hash. */
    public record AccountData(String username, String displayName, String studentNumber, String email, String role,
            Instant createdAt, Instant deletionRequestedAt) {
    }

    /**
     * A learning platform the account came from (LTI): who the platform says they are, the courses they launched
     * from, and the scores sent to its gradebook.
     */
    public record PlatformData(String issuer, String userId, List<CourseData> courses, List<ScoreData> scoresSent) {
    }

    public record CourseData(String contextId, String title, String role, Instant firstLaunchAt,
            Instant lastLaunchAt) {
    }

    public record ScoreData(String quizId, BigDecimal scoreGiven, BigDecimal scoreMaximum, String state,
            Instant sentAt) {
    }

    /** Training: what the scheduler remembers of each fact, the questions asked, and the reviews. */
    public record TrainingData(List<MemoryData> memory, List<QuestionData> questions, List<ReviewData> reviews) {
    }

    public record MemoryData(String factId, String phase, double stability, double difficulty, Instant due,
            Instant lastReview, Instant introducedAt, int reps, int lapses, String lastGrade) {
    }

    public record QuestionData(String questionId, String type, Instant askedAt, Instant answeredAt,
            JsonNode response, BigDecimal score, BigDecimal maxScore, String grade) {
    }

    public record ReviewData(String factId, String questionId, String grade, BigDecimal score, BigDecimal maxScore,
            Instant reviewedAt, Instant dueAfter, Long attemptId) {
    }

    /** A sign-in session, by its times alone. */
    public record SessionData(Instant startedAt, Instant endedAt) {
    }

    private final CallerAccount caller;
    private final AttemptService attempts;
    private final WriteLimits limits;
    private final ObjectMapper mapper;
    private final ResponseCodec codec = new ResponseCodec();

    MyDataApi(CallerAccount caller, AttemptService attempts, WriteLimits limits, ObjectMapper mapper) {
        this.caller = caller;
        this.attempts = attempts;
        this.limits = limits;
        this.mapper = mapper;
    }

    @GET
    @Operation(summary = "Everything the app holds about you, as a JSON download",
            description = "Your account (without the password hash), your attempts with responses and marks as your"
                    + " review shows them (answers a quiz still holds back are left out), your training history"
                    + " and your sessions' times. 429 when asked too often.")
    public Response data() {
        long accountId = caller.id();
        limits.spend(accountId, Write.OWN_DATA);
        MyData data = collect(accountId);
        return Response.ok(data).header("Content-Disposition", "attachment; filename=\"my-data-"
                + LocalDate.now(ZoneOffset.UTC) + ".json\"").header("Cache-Control", "no-store").build();
    }

    MyData collect(long accountId) {
        List<Long> attemptIds = QuarkusTransaction.requiringNew().call(() -> Attempt.getEntityManager()
                .createQuery("select a.id from Attempt a where a.account.id = ?1 order by a.id", Long.class)
                .setParameter(1, accountId).getResultList());
        List<Object> shown = new ArrayList<>();
        for (long id : attemptIds) {
            AttemptService.View view = attempts.view(accountId, id);
            shown.add(view instanceof AttemptService.ClosedView closed ? ResultJson.of(closed.result(), codec)
                    : SheetJson.of(((AttemptService.OpenView) view).sheet(), codec));
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Account account = Account.findById(accountId);
            AccountData me = new AccountData(account.username, account.displayName, account.studentNumber,
                    account.email, account.role, account.createdAt, account.deletionRequestedAt);
            List<MemoryData> memory = FactMemory.of(account).stream()
                    .map(m -> new MemoryData(m.factId, m.phase.name(), m.stability, m.difficulty, m.due, m.lastReview,
                            m.introducedAt, m.reps, m.lapses, m.lastGrade == null ? null : m.lastGrade.name()))
                    .toList();
            List<QuestionData> questions = TrainingQuestion.<TrainingQuestion>list("account.id = ?1 order by id",
                    accountId).stream()
                    .map(q -> new QuestionData(q.questionId, q.questionType, q.askedAt, q.answeredAt,
                            json(q.response), q.score, q.maxScore, q.grade == null ? null : q.grade.name()))
                    .toList();
            List<ReviewData> reviews = ReviewLog.<ReviewLog>list("account.id = ?1 order by id", accountId).stream()
                    .map(r -> new ReviewData(r.factId, r.questionId, r.grade.name(), r.score, r.maxScore,
                            r.reviewedAt, r.dueAfter, r.attemptId))
                    .toList();
            List<SessionData> sessions = UserSession.<UserSession>list("accountId = ?1 order by createdAt",
                    accountId).stream().map(s -> new SessionData(s.createdAt, s.endedAt)).toList();
            return new MyData(Instant.now(), me, sectionsOf(accountId), shown,
                    new TrainingData(memory, questions, reviews), sessions, platformsOf(accountId));
        });
    }

    @SuppressWarnings("unchecked")
    private static List<String> sectionsOf(long accountId) {
        return Account.getEntityManager().createNativeQuery("select s.name from section_member m join section s"
                + " on s.id = m.section_id where m.account_id = ?1 order by s.name").setParameter(1, accountId)
                .getResultList();
    }

    private static List<PlatformData> platformsOf(long accountId) {
        return LtiUser.findByAccount(accountId).map(user -> {
            List<CourseData> courses = LtiMembership.ofUser(user.id).stream().map(m -> new CourseData(
                    m.id.contextId, m.contextTitle, m.role, m.firstLaunchAt, m.lastLaunchAt)).toList();
            List<ScoreData> scores = LtiGradeSend.ofAccount(accountId).stream().map(g -> new ScoreData(g.quizId,
                    g.scoreGiven, g.scoreMaximum, g.state, g.sentAt)).toList();
            return List.of(new PlatformData(user.issuer, user.subject, courses, scores));
        }).orElse(List.of());
    }

    private JsonNode json(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return mapper.readTree(stored);
        } catch (JsonProcessingException e) {
            return mapper.getNodeFactory().textNode(stored);
        }
    }
}
