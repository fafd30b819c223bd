package org.cyberpolicy.quiz.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** Where the gradebook goes, one student at a time: a CSV sheet for a gradebook import, or JSON for scripts. */
public interface GradebookSink {

    void start(List<GradebookQuiz> quizzes) throws IOException;

    void student(StudentGrades student) throws IOException;

    void finish() throws IOException;

    /**
     * Columns {@code Username}, {@code Display name}, {@code Student number}, {@code Section} (a student's sections,
     * joined with "; "), then for each quiz
     * {@code <title> (score)} and {@code <title> (percent)}. Two quizzes with the same title get their ids added, so
     * that every column name is unique, as gradebook imports need.
     */
    static GradebookSink csv(OutputStream stream, boolean bom) {
        CsvTable table = new CsvTable(stream, bom);
        return new GradebookSink() {
            private List<GradebookQuiz> quizzes = List.of();

            @Override
            public void start(List<GradebookQuiz> quizzes) throws IOException {
                this.quizzes = List.copyOf(quizzes);
                Map<String, Integer> titles = new HashMap<>();
                quizzes.forEach(q -> titles.merge(q.title(), 1, Integer::sum));
                List<String> names = new ArrayList<>(List.of("Username", "Display name", "Student number",
                        "Section"));
                for (GradebookQuiz quiz : quizzes) {
                    String title = titles.get(quiz.title()) > 1 ? quiz.title() + " [" + quiz.id() + "]" : quiz.title();
                    names.add(title + " (score)");
                    names.add(title + " (percent)");
                }
                table.columns(names);
            }

            @Override
            public void student(StudentGrades student) throws IOException {
                List<Cell> cells = new ArrayList<>(List.of(Cell.text(student.username()),
                        Cell.text(student.displayName()), Cell.text(student.studentNumber()),
                        Cell.text(student.section())));
                for (GradebookQuiz quiz : quizzes) {
                    GradingMethod.Grade grade = student.grades().get(quiz.id());
                    cells.add(grade == null ? Cell.EMPTY : Cell.decimal(grade.score()));
                    cells.add(grade == null ? Cell.EMPTY : Cell.decimal(grade.percent()));
                }
                table.row(cells);
            }

            @Override
            public void finish() throws IOException {
                table.finish();
            }
        };
    }

    /**
     * The sheet Moodle's "Import grades from CSV" takes: {@code First name}, {@code Last name}, {@code ID number} (the
     * student number), {@code Email address}, then one column per quiz headed by its title, holding the score that
     * counts (empty without a graded attempt, which Moodle reads as no grade). Moodle stops a whole import at a row
     * whose identity cell is empty or names nobody, so deleted accounts and students with neither a student number
     * nor an email address are left out.
     */
    static GradebookSink moodle(OutputStream stream, boolean bom) {
        CsvTable table = new CsvTable(stream, bom);
        return new GradebookSink() {
            private List<GradebookQuiz> quizzes = List.of();

            @Override
            public void start(List<GradebookQuiz> quizzes) throws IOException {
                this.quizzes = List.copyOf(quizzes);
                List<String> names = new ArrayList<>(List.of("First name", "Last name", "ID number", "Email address"));
                uniqueTitles(quizzes).forEach(names::add);
                table.columns(names);
            }

            @Override
            public void student(StudentGrades student) throws IOException {
                if (student.deleted() || (blank(student.studentNumber()) && blank(student.email()))) {
                    return;
                }
                PersonName name = PersonName.split(student.displayName());
                List<Cell> cells = new ArrayList<>(List.of(Cell.text(name.first()), Cell.text(name.last()),
                        Cell.text(student.studentNumber()), Cell.text(student.email())));
                scores(quizzes, student, cells);
                table.row(cells);
            }

            @Override
            public void finish() throws IOException {
                table.finish();
            }
        };
    }

    /** What Canvas writes in the Student column of the row that gives each assignment's points. */
    String POINTS_POSSIBLE = "    Points Possible";

    /**
     * The sheet Canvas's gradebook import takes: {@code Student} ("Last, First"), {@code ID} (Canvas's own user id,
     * which we do not know: empty), {@code SIS User ID} (the student number), {@code SIS Login ID} (the username),
     * {@code Section}, then one column per quiz headed {@code <title> (<quiz id>)} with the score that counts (empty
     * without a graded attempt). The second row is Canvas's "Points Possible" row, with each quiz's maximum. Deleted
     * accounts are left out: no Canvas student can match them.
     */
    static GradebookSink canvas(OutputStream stream, boolean bom) {
        CsvTable table = new CsvTable(stream, bom);
        return new GradebookSink() {
            private List<GradebookQuiz> quizzes = List.of();

            @Override
            public void start(List<GradebookQuiz> quizzes) throws IOException {
                this.quizzes = List.copyOf(quizzes);
                List<String> names = new ArrayList<>(List.of("Student", "ID", "SIS User ID", "SIS Login ID",
                        "Section"));
                quizzes.forEach(quiz -> names.add(quiz.title() + " (" + quiz.id() + ")"));
                table.columns(names);
                List<Cell> points = new ArrayList<>(List.of(new Cell.Text(POINTS_POSSIBLE), Cell.EMPTY, Cell.EMPTY,
                        Cell.EMPTY, Cell.EMPTY));
                quizzes.forEach(quiz -> points.add(Cell.decimal(quiz.pointsPossible())));
                table.row(points);
            }

            @Override
            public void student(StudentGrades student) throws IOException {
                if (student.deleted()) {
                    return;
                }
                List<Cell> cells = new ArrayList<>(List.of(Cell.text(PersonName.split(student.displayName())
                        .sortable()), Cell.EMPTY, Cell.text(student.studentNumber()), Cell.text(student.username()),
                        Cell.text(student.section())));
                scores(quizzes, student, cells);
                table.row(cells);
            }

            @Override
            public void finish() throws IOException {
                table.finish();
            }
        };
    }

    /** The quizzes' titles, with the quiz id added to a title that two quizzes share, so that each is unique. */
    private static List<String> uniqueTitles(List<GradebookQuiz> quizzes) {
        Map<String, Integer> titles = new HashMap<>();
        quizzes.forEach(q -> titles.merge(q.title(), 1, Integer::sum));
        return quizzes.stream()
                .map(q -> titles.get(q.title()) > 1 ? q.title() + " [" + q.id() + "]" : q.title()).toList();
    }

    /** One cell per quiz: the score that counts, or empty. */
    private static void scores(List<GradebookQuiz> quizzes, StudentGrades student, List<Cell> cells) {
        for (GradebookQuiz quiz : quizzes) {
            GradingMethod.Grade grade = student.grades().get(quiz.id());
            cells.add(grade == null ? Cell.EMPTY : Cell.decimal(grade.score()));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * A JSON array with one object per student: {@code username}, {@code display_name}, {@code student_number},
     * {@code section} (only for a student in a section), {@code deleted} (only {@code true}, for an account deleted at
     * the student's request whose attempts were kept anonymised) and
     * {@code quizzes}, one entry per quiz column with {@code quiz_id}, {@code quiz_title}, {@code grading},
     * {@code score}, {@code percent} and {@code attempts_graded} (null score and percent without a graded attempt).
     */
    static GradebookSink json(OutputStream stream, JsonFactory factory) throws IOException {
        JsonGenerator json = factory.createGenerator(stream, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return new GradebookSink() {
            private List<GradebookQuiz> quizzes = List.of();

            @Override
            public void start(List<GradebookQuiz> quizzes) throws IOException {
                this.quizzes = List.copyOf(quizzes);
                json.writeStartArray();
            }

            @Override
            public void student(StudentGrades student) throws IOException {
                json.writeStartObject();
                json.writeStringField("username", student.username());
                json.writeStringField("display_name", student.displayName());
                json.writeStringField("student_number", student.studentNumber());
                // Only when there is something to say, so that a school without sections or deletions gets the
                // gradebook as before (H2FileFromTheReleaseIT compares it with the release's).
                if (student.section() != null && !student.section().isEmpty()) {
                    json.writeStringField("section", student.section());
                }
                if (student.deleted()) {
                    json.writeBooleanField("deleted", true);
                }
                json.writeArrayFieldStart("quizzes");
                for (GradebookQuiz quiz : quizzes) {
                    GradingMethod.Grade grade = student.grades().get(quiz.id());
                    json.writeStartObject();
                    json.writeStringField("quiz_id", quiz.id());
                    json.writeStringField("quiz_title", quiz.title());
                    json.writeStringField("grading", quiz.grading().name().toLowerCase(java.util.Locale.ROOT));
                    json.writeFieldName("score");
                    JsonTable.write(json, grade == null ? Cell.EMPTY : Cell.decimal(grade.score()));
                    json.writeFieldName("percent");
                    JsonTable.write(json, grade == null ? Cell.EMPTY : Cell.decimal(grade.percent()));
                    json.writeNumberField("attempts_graded", grade == null ? 0 : grade.attemptsGraded());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }

            @Override
            public void finish() throws IOException {
                json.writeEndArray();
                json.flush();
            }
        };
    }
}
