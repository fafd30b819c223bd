package org.cyberpolicy.quiz.interop;

import java.util.List;

/** What an import did with each question: imported as a type (with what was lost), or left out and why. */
public record ImportReport(List<Line> lines) {

    public ImportReport {
        lines = List.copyOf(lines);
    }

    /** One question's outcome; {@code type} is empty for a question left out. */
    public record Line(TextPosition position, String id, String type, String note) {

        public boolean imported() {
            return !type.isEmpty();
        }

        @Override
        public String toString() {
            String head = position + ": " + (imported() ? "'" + id + "' imported as " + type : "left out: " + id);
            return head + (note.isEmpty() ? "" : " (" + note + ")");
        }
    }

    public long importedCount() {
        return lines.stream().filter(Line::imported).count();
    }

    public long leftOutCount() {
        return lines.size() - importedCount();
    }
}
