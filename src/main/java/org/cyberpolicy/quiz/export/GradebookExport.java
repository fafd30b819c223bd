package org.cyberpolicy.quiz.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.Quiz;

/**
 * One row per student account, every student included (an import wants the whole class; students without a graded
 * attempt get empty cells), ordered by username. Only graded attempts (submitted or timed out) count; practice
 * attempts only when the filter says so.
 */
final class GradebookExport {

    /** Graded attempts of every student, joined so that students without any still get their row. */
    private static final String ROWS = """
            select ac.id as account_id, ac.username, ac.display_name, ac.student_number, ac.email, ac.deleted_at,
                   a.quiz_id, a.number, a.score, a.max_score
            from account ac
            left join attempt a on a.account_id = ac.id and a.state <> 'OPEN'%s
            where ac.role = 'student'%s
            order by ac.username, ac.id, a.quiz_id, a.number""";

    /** The latest title of every quiz with a graded attempt in the filter. */
    private static final String QUIZZES_WITH_ATTEMPTS = """
            select a.quiz_id, a.quiz_title from attempt a
            where a.id in (select max(a.id) from attempt a where a.state <> 'OPEN'%s group by a.quiz_id)
            order by a.quiz_id""";

    /** The largest maximum score of every quiz's graded attempts in the filter: Canvas's "Points Possible". */
    private static final String POINTS = """
            select a.quiz_id, max(a.max_score) as points from attempt a where a.state <> 'OPEN'%s
            group by a.quiz_id""";

    private GradebookExport() {
    }

    static long write(ReadOnlySession session, ExportFilter filter, Bank bank, GradebookSink sink)
            throws SQLException, IOException {
        AttemptConditions where = AttemptConditions.of(filter);
        AttemptConditions students = AttemptConditions.students(filter, "ac.id");
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.addAll(students.parameters());
        Map<Long, String> sections = sectionNames(session);
        List<GradebookQuiz> quizzes = quizzes(session, filter, bank, where);
        Map<String, Quiz.Grading> grading = new HashMap<>();
        quizzes.forEach(q -> grading.put(q.id(), q.grading()));
        sink.start(quizzes);
        StudentCollector current = new StudentCollector(grading, sink);
        long rows = session.forEach(ROWS.formatted(where.sql(), students.sql()), parameters, row -> {
            long account = row.getLong("account_id");
            current.next(account, row, sections.getOrDefault(account, ""));
            String quiz = row.getString("quiz_id");
            if (quiz != null && grading.containsKey(quiz)) {
                current.attempt(quiz, new GradingMethod.GradedAttempt(row.getInt("number"), row.getBigDecimal("score"),
                        row.getBigDecimal("max_score")));
            }
        });
        current.flush();
        sink.finish();
        return rows;
    }

    /**
     * The quiz columns: the bank's quizzes in bank order (practice-mode quizzes only when practice attempts count),
     * then quizzes no longer in the bank that have graded attempts in the filter; only the filter's quiz if it names
     * one.
     */
    static List<GradebookQuiz> quizzes(ReadOnlySession session, ExportFilter filter, Bank bank,
            AttemptConditions where) throws SQLException, IOException {
        Map<String, BigDecimal> points = new HashMap<>();
        session.forEach(POINTS.formatted(where.sql()), where.parameters(),
                row -> points.put(row.getString("quiz_id"), row.getBigDecimal("points")));
        List<GradebookQuiz> quizzes = new ArrayList<>();
        for (Quiz quiz : bank.quizzes().values()) {
            boolean practiceMode = quiz.mode() == Quiz.Mode.PRACTICE;
            boolean wanted = filter.quiz().map(quiz.id()::equals)
                    .orElse(filter.practice() == PracticeAttempts.INCLUDE
                            || (filter.practice() == PracticeAttempts.ONLY) == practiceMode);
            if (wanted) {
                quizzes.add(new GradebookQuiz(quiz.id(), quiz.title(), quiz.grading(), true,
                        points.containsKey(quiz.id()) ? points.get(quiz.id()) : fixedPoints(bank, quiz)));
            }
        }
        session.forEach(QUIZZES_WITH_ATTEMPTS.formatted(where.sql()), where.parameters(), row -> {
            String id = row.getString("quiz_id");
            if (bank.quiz(id).isEmpty()) {
                quizzes.add(new GradebookQuiz(id, row.getString("quiz_title"), Quiz.Grading.HIGHEST, false,
                        points.get(id)));
            }
        });
        return quizzes;
    }

    /**
     * The names of each student's sections, joined with "; " by name: one small query before the rows stream (a
     * student is in a handful of sections at most).
     */
    private static Map<Long, String> sectionNames(ReadOnlySession session) throws SQLException, IOException {
        Map<Long, String> names = new HashMap<>();
        session.forEach("select m.account_id, s.name from section_member m join section s on s.id = m.section_id"
                + " order by m.account_id, s.name", List.of(), row -> names.merge(row.getLong("account_id"),
                        row.getString("name"), (a, b) -> a + "; " + b));
        return names;
    }

    /** The points of a quiz's questions when it draws none at random (every attempt then shows the same); or null. */
    private static BigDecimal fixedPoints(Bank bank, Quiz quiz) {
        if (!quiz.draws().isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (String id : quiz.questionIds()) {
            Optional<Question> question = bank.question(id);
            if (question.isEmpty()) {
                return null;
            }
            sum = sum.add(question.get().points());
        }
        return sum;
    }

    /** Gathers the attempts of the student the cursor is on, and writes the row when the cursor moves on. */
    private static final class StudentCollector {
        private final Map<String, Quiz.Grading> grading;
        private final GradebookSink sink;
        private long accountId = -1;
        private String username;
        private String displayName;
        private String studentNumber;
        private String email;
        private String section;
        private boolean deleted;
        // Bounded by one student's attempts, not by the number of rows.
        private final Map<String, List<GradingMethod.GradedAttempt>> attempts = new LinkedHashMap<>();

        StudentCollector(Map<String, Quiz.Grading> grading, GradebookSink sink) {
            this.grading = grading;
            this.sink = sink;
        }

        void next(long account, ResultSet row, String section) throws IOException, SQLException {
            if (account == accountId) {
                return;
            }
            flush();
            this.accountId = account;
            this.username = row.getString("username");
            this.displayName = row.getString("display_name");
            this.studentNumber = row.getString("student_number");
            this.email = row.getString("email");
            this.section = section;
            this.deleted = row.getObject("deleted_at") != null;
        }

        void attempt(String quiz, GradingMethod.GradedAttempt attempt) {
            if (attempt.score() == null || attempt.maxScore() == null) {
                return;
            }
            attempts.computeIfAbsent(quiz, q -> new ArrayList<>()).add(attempt);
        }

        void flush() throws IOException {
            if (accountId < 0) {
                return;
            }
            Map<String, GradingMethod.Grade> grades = new HashMap<>();
            attempts.forEach((quiz, list) -> GradingMethod.grade(grading.get(quiz), list)
                    .ifPresent(grade -> grades.put(quiz, grade)));
            sink.student(new StudentGrades(username, displayName, studentNumber, email, section, deleted, grades));
            attempts.clear();
            accountId = -1;
        }
    }
}
