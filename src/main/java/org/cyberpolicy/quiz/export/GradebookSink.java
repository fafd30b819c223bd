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
     * A JSON array with one object per student: {@code username}, {@code display_name}, {@code student_number}, {@code section} (only for a student in a section) and
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
                // Only for a student in a section, so that a school without sections gets the gradebook as before.
                if (student.section() != null && !student.section().isEmpty()) {
                    json.writeStringField("section", student.section());
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
