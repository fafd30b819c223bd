package org.cyberpolicy.quiz.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** Rows as a JSON array of objects, one per row, keyed by the column names; written as they come. */
public final class JsonTable implements Table {

    private final JsonGenerator json;
    private List<String> names = List.of();

    public JsonTable(OutputStream stream, JsonFactory factory) throws IOException {
        this.json = factory.createGenerator(stream, JsonEncoding.UTF8);
        // The stream belongs to the caller (the HTTP response): finishing the array must not close it.
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    @Override
    public void columns(List<String> names) throws IOException {
        this.names = List.copyOf(names);
        json.writeStartArray();
    }

    @Override
    public void row(List<Cell> cells) throws IOException {
        if (cells.size() != names.size()) {
            throw new IllegalArgumentException(cells.size() + " cells for " + names.size() + " columns");
        }
        json.writeStartObject();
        for (int i = 0; i < cells.size(); i++) {
            json.writeFieldName(names.get(i));
            write(json, cells.get(i));
        }
        json.writeEndObject();
    }

    static void write(JsonGenerator json, Cell cell) throws IOException {
        if (cell instanceof Cell.Text text) {
            json.writeString(text.value());
        } else if (cell instanceof Cell.Decimal decimal) {
            json.writeNumber(decimal.plain());
        } else if (cell instanceof Cell.Whole whole) {
            json.writeNumber(whole.value());
        } else if (cell instanceof Cell.Time time) {
            json.writeString(time.iso());
        } else if (cell instanceof Cell.Flag flag) {
            json.writeBoolean(flag.value());
        } else if (cell instanceof Cell.Ids ids) {
            json.writeStartArray();
            for (String id : ids.values()) {
                json.writeString(id);
            }
            json.writeEndArray();
        } else if (cell instanceof Cell.Lines lines) {
            json.writeStartArray();
            for (String line : lines.values()) {
                json.writeString(line);
            }
            json.writeEndArray();
        } else if (cell instanceof Cell.Json stored) {
            // Written by ResponseCodec, so already valid JSON: copied as it is rather than parsed and re-encoded.
            json.writeRawValue(stored.text());
        } else {
            json.writeNull();
        }
    }

    @Override
    public void finish() throws IOException {
        json.writeEndArray();
        json.flush();
    }

    JsonGenerator generator() {
        return json;
    }
}
