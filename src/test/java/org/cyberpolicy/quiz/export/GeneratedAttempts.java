package org.cyberpolicy.quiz.export;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cyberpolicy.quiz.bank.Location;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.QuestionInfo;
import org.cyberpolicy.quiz.engine.FrozenFact;
import org.cyberpolicy.quiz.engine.FrozenQuestion;
import org.cyberpolicy.quiz.engine.Layout;
import org.cyberpolicy.quiz.engine.PresentedQuestion;
import org.cyberpolicy.quiz.engine.SnapshotCodec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/**
 * Many graded attempts made straight in the database, in a few set-based INSERT ... SELECT statements (H2's
 * {@code SYSTEM_RANGE} or PostgreSQL's {@code generate_series} generates the rows), so that 100 000 responses take
 * seconds. Everything made carries a tag in
 * its usernames and quiz id, so that a test can filter on it and remove it afterwards.
 * <p>
 * Student {@code s} (1-based) has {@code attemptsEach} submitted attempts at quiz {@code quizId}, each with
 * {@link #QUESTIONS} questions worth 1 point; question {@code p} of attempt {@code n} scores 1 when
 * {@code (s + n + p) % 3 == 0}, else 0. Question {@code p} has the facts {@code fact-p} and {@code shared-fact}.
 */
record GeneratedAttempts(String tag, String quizId, int students, int attemptsEach) {

    static final int QUESTIONS = 10;

    /**
     * The frozen short-answer question every generated row shows, as SnapshotCodec writes it, with
     * {@code @QUESTION@} and {@code @POSITION@} for the question's id and position: two facts each, one of them shared.
     */
    static final String SNAPSHOT = new SnapshotCodec(new ObjectMapper().registerModule(new Jdk8Module()), 0)
            .write(new FrozenQuestion(new PresentedQuestion(new Question.ShortAnswer(new QuestionInfo("@QUESTION@",
                    "Name the group of @QUESTION@.", List.of("fact-@POSITION@", "shared-fact"), BigDecimal.ONE,
                    Set.of(), Optional.empty(), Optional.empty(), Location.startOf("bulk.yaml")),
                    List.of("Hafnium")), Layout.NONE),
                    List.of(new FrozenFact("fact-@POSITION@", "A fact.", List.of()),
                            new FrozenFact("shared-fact", "Another.", List.of()))));

    static GeneratedAttempts tagged(String tag, int students, int attemptsEach) {
        return new GeneratedAttempts(tag, "bulk-" + tag, students, attemptsEach);
    }

    int responses() {
        return students * attemptsEach * QUESTIONS;
    }

    static int mark(int student, int attempt, int position) {
        return (student + attempt + position) % 3 == 0 ? 1 : 0;
    }

    /** The score of one attempt. */
    static int score(int student, int attempt) {
        int score = 0;
        for (int p = 1; p <= QUESTIONS; p++) {
            score += mark(student, attempt, p);
        }
        return score;
    }

    String username(int student) {
        return "bulk-" + tag + "-" + String.format("%05d", student);
    }

    void insert(Connection connection) throws SQLException {
        insert(connection, 0);
    }

    /**
     * Makes the data; every response is the JSON string {@code "=answer <p> of attempt <id>, \"quoted\""}
     * followed, before its closing quote, by {@code padding} dots. Every response differs, so that the database cannot
     * share one copy of equal values between rows (H2 caches equal small values).
     */
    void insert(Connection connection, int padding) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        boolean postgresql = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        connection.setAutoCommit(false);
        try {
            run(connection, """
                    insert into account (username, password_hash, role, display_name, student_number, created_at)
                    select 'bulk-' || ? || '-' || lpad(cast(x as varchar), 5, '0'), 'not a hash', 'student',
                           '=Bulk, student ' || x, 'N' || x, timestamp with time zone '2026-11-01 08:00:00Z'
                    from """ + range(postgresql, "r"), tag, students);
            // The student's number s is read back from the username's last five characters.
            run(connection, """
                    insert into attempt (account_id, quiz_id, quiz_title, number, practice, bank_version, seed, state,
                                         started_at, finished_at, score, max_score)
                    select ac.id, ?, 'Bulk quiz ' || ?, n.x, false, 'bulk-version', 0, 'SUBMITTED',
                           timestamp with time zone '2026-11-02 08:00:00Z' + n.x * interval '1' hour,
                           timestamp with time zone '2026-11-02 08:30:00Z' + n.x * interval '1' hour, 0, ?
                    from account ac cross join """ + range(postgresql, "n") + """
                    where ac.username like 'bulk-' || ? || '-%'""", quizId, tag, QUESTIONS, attemptsEach, tag);
            run(connection, """
                    insert into attempt_question (attempt_id, position, question_id, question_type, points,
                                                  response, answered_at, score, correct)
                    select a.id, p.x, 'bulk-q' || p.x, 'short', 1, '"=answer ' || p.x || ' of attempt ' || a.id || ', \\"quoted\\"' || repeat('.', ?) || '"', a.started_at,
                           case when mod(cast(right(ac.username, 5) as int) + a.number + p.x, 3) = 0 then 1 else 0 end,
                           mod(cast(right(ac.username, 5) as int) + a.number + p.x, 3) = 0
                    from attempt a join account ac on ac.id = a.account_id cross join """ + range(postgresql, "p")
                    + """
                    where a.quiz_id = ?""", padding, QUESTIONS, quizId);
            run(connection, """
                    insert into attempt_question_snapshot (attempt_question_id, snapshot)
                    select q.id, replace(replace(cast(? as varchar(1000000)), '@QUESTION@', q.question_id), '@POSITION@',
                                         cast(q.position as varchar(10)))
                    from attempt_question q join attempt a on a.id = q.attempt_id
                    where a.quiz_id = ?""", SNAPSHOT, quizId);
            run(connection, """
                    update attempt a set score = (select sum(q.score) from attempt_question q where q.attempt_id = a.id),
                                         passed = null
                    where a.quiz_id = ?""", quizId);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    void delete(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from attempt_question_snapshot where attempt_question_id in (select q.id"
                    + " from attempt_question q join attempt a on a.id = q.attempt_id where a.quiz_id = '" + quizId
                    + "')");
            statement.executeUpdate("delete from attempt_question where attempt_id in (select id from attempt where"
                    + " quiz_id = '" + quizId + "')");
            statement.executeUpdate("delete from attempt where quiz_id = '" + quizId + "'");
            statement.executeUpdate("delete from account where username like 'bulk-" + tag + "-%'");
        }
    }

    /** The highest percentage of student {@code s} over their attempts, as the gradebook should show it. */
    BigDecimal highestScore(int student) {
        int best = 0;
        for (int n = 1; n <= attemptsEach; n++) {
            best = Math.max(best, score(student, n));
        }
        return BigDecimal.valueOf(best);
    }

    /**
     * The numbers 1 to {@code ?} as a table {@code alias} with the one column {@code x}, in the database's dialect;
     * with a space on either side, since the text blocks around it lose the blank a line ends with and the line break
     * after their opening quotes.
     */
    private static String range(boolean postgresql, String alias) {
        return postgresql ? " generate_series(1, ?) as " + alias + "(x) " : " system_range(1, ?) " + alias + " ";
    }

    private static void run(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
