package org.cyberpolicy.quiz.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.engine.SnapshotCodec;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The score exports. Each is checked first ({@link #prepare}: bad filters are refused before anything is sent), then
 * written straight to the output from a database cursor, one row at a time, in one read-only transaction.
 * <p>
 * The exports read the attempt tables with plain SQL ({@link ReadOnlySession}) rather than through the entities'
 * finders, on purpose: an export of 100 000 responses must stream in constant memory, which managed entities do not,
 * and the SQL joins outward from the rows in index order (docs/performance.md, "The export streams": 0.61–0.85 s down
 * to 0.39–0.47 s warm for 100 000 rows). Everything else reads attempts through {@code Attempt} and
 * {@code AttemptQuestion}.
 */
@ApplicationScoped
public class ExportService {

    private static final Logger LOG = Logger.getLogger(ExportService.class);

    /** An export ready to be written. */
    @FunctionalInterface
    public interface Writing {
        void writeTo(OutputStream out) throws IOException;
    }

    private final DataSource dataSource;
    private final ExportConfig config;
    private final CurrentBank bank;
    private final JsonFactory json;
    private final SnapshotCodec snapshots;

    ExportService(DataSource dataSource, ExportConfig config, CurrentBank bank, ObjectMapper mapper,
            SnapshotCodec snapshots) {
        this.dataSource = dataSource;
        this.config = config;
        this.bank = bank;
        this.json = mapper.getFactory();
        this.snapshots = snapshots;
    }

    /**
     * Checks that the filter's quiz exists (in the bank, or in recorded attempts), and returns the export to write.
     *
     * @throws Refusal when it names a quiz nobody knows
     */
    public Writing prepare(ExportKind kind, ExportFormat format, ExportFilter filter) {
        return prepare(kind, format, filter, GradebookFormat.STANDARD);
    }

    /**
     * As {@link #prepare(ExportKind, ExportFormat, ExportFilter)}, the CSV gradebook in the given layout.
     *
     * @throws Refusal when the filter names a quiz nobody knows, or a layout other than ours is asked for JSON or for
     *                 another export than the gradebook
     */
    public Writing prepare(ExportKind kind, ExportFormat format, ExportFilter filter, GradebookFormat layout) {
        if (layout != GradebookFormat.STANDARD && (kind != ExportKind.GRADEBOOK || format != ExportFormat.CSV)) {
            throw Refusal.invalid(ExportFilter.NOT_VALID, List.of("format: " + layout.parameter()
                    + " is a CSV gradebook; ask for /api/export/gradebook.csv?format=" + layout.parameter()));
        }
        filter.quiz().ifPresent(this::requireKnownQuiz);
        return out -> {
            try (ReadOnlySession session = ReadOnlySession.open(dataSource, config.fetchSize())) {
                long rows = write(session, kind, format, filter, layout, out);
                LOG.debugf("exported %d rows of %s as %s", rows, kind, format);
            } catch (SQLException e) {
                throw new IOException("the " + kind.fileName() + " export failed", e);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
    }

    private long write(ReadOnlySession session, ExportKind kind, ExportFormat format, ExportFilter filter,
            GradebookFormat layout, OutputStream out) throws SQLException, IOException {
        if (kind == ExportKind.GRADEBOOK) {
            GradebookSink sink = format == ExportFormat.JSON ? GradebookSink.json(out, json) : switch (layout) {
                case STANDARD -> GradebookSink.csv(out, filter.bom());
                case MOODLE -> GradebookSink.moodle(out, filter.bom());
                case CANVAS -> GradebookSink.canvas(out, filter.bom());
            };
            return GradebookExport.write(session, filter, bank.get(), sink);
        }
        Table table = format == ExportFormat.CSV ? new CsvTable(out, filter.bom()) : new JsonTable(out, json);
        return kind == ExportKind.ATTEMPTS ? AttemptsExport.write(session, filter, table)
                : ResponsesExport.write(session, filter, table, json, snapshots);
    }

    private void requireKnownQuiz(String quiz) {
        if (bank.get().quiz(quiz).isPresent()) {
            return;
        }
        try (ReadOnlySession session = ReadOnlySession.open(dataSource, 1)) {
            if (session.text("select quiz_id from attempt where quiz_id = ? fetch first 1 rows only", List.of(quiz))
                    .isEmpty()) {
                throw Refusal.invalid(ExportFilter.NOT_VALID, List.of("quiz: there is no quiz '" + quiz
                        + "' in the bank or in the recorded attempts"));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look up quiz " + quiz, e);
        }
    }
}
