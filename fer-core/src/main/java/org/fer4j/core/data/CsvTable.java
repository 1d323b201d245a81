package org.fer4j.core.data;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipException;
import org.fer4j.core.BadInputException;

/**
 * A comma-separated data file, plain or gzip-compressed: its header, resolving columns by name, and
 * the reading of its rows (double-quoted fields may contain commas; {@code ""} inside quotes is a
 * literal quote). Rows are numbered from 1 after the header; errors name the file and the row.
 */
final class CsvTable {

    /** Receives the header and returns what reads the rows. */
    interface HeaderHandler {

        /** Resolves the columns a dataset needs; throws naming what is missing. */
        RowHandler start(CsvTable header) throws MalformedDataException;
    }

    /** Reads one row whose field count matches the header. */
    interface RowHandler {

        /** Turns a row into a sample, or reports it to the skip counter. */
        void row(Row row) throws MalformedDataException;
    }

    /**
     * One data row.
     *
     * @param number the row number, 1 for the first row after the header
     * @param location the file and row, e.g. {@code "fer2013.csv, row 3"}
     * @param fields the unquoted fields
     */
    record Row(int number, String location, List<String> fields) {

        /** The field at a column. */
        String get(int column) {
            return fields.get(column);
        }
    }

    /**
     * Reads a whole file: the header goes to {@code handler}, then every non-blank row with the
     * header's field count to the row handler it returns; rows with another count are malformed.
     * A truncated or corrupt gzip stream fails naming the last complete row.
     */
    static void read(Path csv, String expected, SkipCounter skips, HeaderHandler handler) throws IOException {
        String file = csv.getFileName().toString();
        int number = 0;
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(CompressedInput.open(csv), StandardCharsets.UTF_8), 1 << 16)) {
            CsvTable table = ofHeader(file, reader.readLine(), expected);
            RowHandler rows = handler.start(table);
            String line;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String location = file + ", row " + number;
                List<String> fields = split(line);
                if (fields.size() != table.size()) {
                    skips.malformed(location, "expected " + table.size() + " fields, found " + fields.size());
                    continue;
                }
                rows.row(new Row(number, location, fields));
            }
        } catch (EOFException | ZipException e) {
            throw new MalformedDataException(
                    file + ", after row " + number,
                    "the file is truncated or corrupt (" + BadInputException.describe(e) + ")", e);
        }
    }

    private final String file;
    private final String header;
    private final String expected;
    private final List<String> names;

    private CsvTable(String file, String header, String expected, List<String> names) {
        this.file = file;
        this.header = header;
        this.expected = expected;
        this.names = names;
    }

    /** Reads a header line; column names are matched ignoring case, blanks and quotes. */
    private static CsvTable ofHeader(String file, String header, String expected) throws MalformedDataException {
        if (header == null || header.isBlank()) {
            throw new MalformedDataException(file, "the file is empty; expected a header '" + expected + "'");
        }
        List<String> names = new ArrayList<>();
        for (String name : split(header)) {
            names.add(name.trim().toLowerCase(Locale.ROOT));
        }
        return new CsvTable(file, header, expected, List.copyOf(names));
    }

    /** The file name, for messages. */
    String file() {
        return file;
    }

    /** The position of a required column; fails naming the file and the columns found. */
    int require(String name) throws MalformedDataException {
        int index = find(name);
        if (index < 0) {
            throw new MalformedDataException(
                    file + ", header",
                    "missing column '" + name + "'; expected columns '" + expected + "' but found "
                            + BadInputException.quote(header));
        }
        return index;
    }

    /** The position of an optional column, or -1. */
    int find(String name) {
        return names.indexOf(name.toLowerCase(Locale.ROOT));
    }

    /** The number of columns. */
    int size() {
        return names.size();
    }

    /** Splits a row into its fields, unquoting quoted ones. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        if (line.indexOf('"') < 0) {
            int start = 0;
            for (int comma; (comma = line.indexOf(',', start)) >= 0; start = comma + 1) {
                fields.add(line.substring(start, comma));
            }
            fields.add(line.substring(start));
            return fields;
        }
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0, n = line.length(); i < n; i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < n && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
