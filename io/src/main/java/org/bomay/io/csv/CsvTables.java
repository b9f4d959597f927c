package org.bomay.io.csv;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.bomay.core.model.KindCatalog;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.structure.OrgStructure;
import org.bomay.io.FormatException;
import org.bomay.io.FormatProblem;

/**
 * Reads and writes a structure as CSV tables, for spreadsheets and for data exchange with
 * staffing systems: a units table ({@value #UNITS_FILE}), a staffing table ({@value #STAFFING_FILE})
 * and a relations table ({@value #RELATIONS_FILE}). The columns are listed in
 * {@link #UNIT_COLUMNS}, {@link #STAFFING_COLUMNS} and {@link #RELATION_COLUMNS}, and described in
 * {@code docs/format.md}.
 *
 * <ul>
 *   <li><b>units</b>: one row per unit; {@code parent} is the unit it is SUBORDINATE_TO, dates are
 *       ISO-8601 and {@code valid_to} is the first day outside the validity; an empty cell is an
 *       absent value (an open bound, an unknown number). Each open attribute is a column
 *       {@code attr:KEY}, e.g. {@code attr:vn.vung}.</li>
 *   <li><b>staffing</b>: one row per tenure (post and person filled), one per post nobody holds
 *       or has held (person empty), one per person without a post (post empty); a post or person
 *       on several rows repeats the same fields on each.</li>
 *   <li><b>relations</b>: one row per LEADS, GUIDES, SERVES or MEMBER_OF relation.</li>
 * </ul>
 *
 * <p>Text is UTF-8 (with a byte order mark if {@link #withBom(boolean) asked}), RFC 4180 quoted,
 * NFC-normalized on write and on read; records end with CRLF. Reading is strict and accepts a
 * byte order mark, CRLF or LF, columns in any order and optional columns left out; every field
 * is stripped of surrounding whitespace and rows whose fields are all empty are skipped.
 * An unknown or missing column, a wrong field count, a bad id, number, date, kind, level, role or
 * tenure type, an empty required field, a post or person whose repeated fields differ, and every
 * problem core's validation finds (duplicate ids, missing references, cycles, ...) are each a
 * {@link FormatProblem}; all problems of all tables are thrown together in one
 * {@link FormatException}, and no structure is returned.
 *
 * <p>A problem's {@link FormatProblem#pointer() pointer} is {@code FILE#row=R/col=NAME}, e.g.
 * {@code units.csv#row=5/col=kind}: R is the record number with the header as row 1 (the row
 * number a spreadsheet shows) and NAME is the column's header name; {@code FILE#row=R} is the
 * row as a whole and {@code FILE} the whole file. Its {@link FormatProblem#line() line} is the
 * physical line where the field starts (a quoted field may span lines) and its
 * {@link FormatProblem#column() column} is the character (code point) in that line where the
 * field starts, both from 1, the byte order mark not counted.
 *
 * <pre>{@code
 * CsvTables csv = CsvTables.standard().withBom(true);     // Excel opens Vietnamese correctly
 * csv.writeDirectory(structure, Path.of("kim-bang"));     // units.csv, staffing.csv, relations.csv
 * OrgStructure back = csv.readDirectory(structure.date(), Path.of("kim-bang"));
 * assert back.equals(structure);
 * }</pre>
 *
 * <p>Methods that take a {@link Reader} or {@link Writer} neither close it nor choose its
 * encoding; methods that take a {@link Path} use UTF-8 and close the file. I/O failures are
 * thrown as {@link UncheckedIOException}. This class is immutable and thread-safe.
 */
public final class CsvTables {
    /** The file name of the units table in a directory: {@value}. */
    public static final String UNITS_FILE = "units.csv";
    /** The file name of the staffing table in a directory: {@value}. */
    public static final String STAFFING_FILE = "staffing.csv";
    /** The file name of the relations table in a directory: {@value}. */
    public static final String RELATIONS_FILE = "relations.csv";

    /**
     * The columns of the units table, in written order; {@code id}, {@code name}, {@code kind}
     * and {@code level} are required, the others optional, and {@value #ATTRIBUTE_PREFIX}KEY
     * columns follow.
     */
    public static final ImmutableList<String> UNIT_COLUMNS = UnitTable.COLUMNS;
    /** The prefix of an attribute column of the units table: {@code attr:vn.vung} holds attribute {@code vn.vung}. */
    public static final String ATTRIBUTE_PREFIX = UnitTable.ATTRIBUTE;
    /**
     * The columns of the staffing table, in written order; {@code unit_name}, {@code capacity}
     * (default 1), {@code birth_date}, {@code from} and {@code to} are optional.
     */
    public static final ImmutableList<String> STAFFING_COLUMNS = StaffingTable.COLUMNS;
    /** The columns of the relations table: {@code source,type,target}, all required. */
    public static final ImmutableList<String> RELATION_COLUMNS = RelationTable.COLUMNS;

    /**
     * The default largest table: 2 GiB − 1, in bytes for a file (checked before reading) and in
     * characters for a {@link Reader}; room for a national structure, not for an attack.
     */
    public static final long DEFAULT_MAX_FILE_SIZE = 2L * 1024 * 1024 * 1024 - 1;
    /** The default most data rows of one table (the header not counted): 10,000,000. */
    public static final int DEFAULT_MAX_ROWS = 10_000_000;
    /** The default longest field, in characters after unquoting: 4,096. */
    public static final int DEFAULT_MAX_FIELD_LENGTH = 4_096;
    /** The most columns a table may have: 1,024 (fixed). */
    public static final int MAX_COLUMNS = 1_024;
    /** The most problems one read reports before it stops: 1,000 (fixed). */
    public static final int MAX_PROBLEMS = 1_000;

    private static final CsvTables STANDARD = new CsvTables(',', false, VnKinds.CATALOG, DEFAULT_MAX_FILE_SIZE,
            DEFAULT_MAX_ROWS, DEFAULT_MAX_FIELD_LENGTH);

    private final char separator;
    private final boolean bom;
    private final KindCatalog kinds;
    private final long maxFileSize;
    private final int maxRows;
    private final int maxFieldLength;

    private CsvTables(char separator, boolean bom, KindCatalog kinds, long maxFileSize, int maxRows, int maxFieldLength) {
        this.separator = separator;
        this.bom = bom;
        this.kinds = kinds;
        this.maxFileSize = maxFileSize;
        this.maxRows = maxRows;
        this.maxFieldLength = maxFieldLength;
    }

    /**
     * Comma-separated, no byte order mark, the Vietnam kind catalog ({@link VnKinds#CATALOG}) and
     * the default limits.
     *
     * <pre>{@code
     * CsvTables csv = CsvTables.standard();
     * }</pre>
     */
    public static CsvTables standard() {
        return STANDARD;
    }

    /**
     * Returns a copy that writes (or not) a UTF-8 byte order mark first, so that Excel reads the
     * file as UTF-8 and shows Vietnamese correctly. Reading always accepts and skips one.
     *
     * <pre>{@code
     * CsvTables.standard().withBom(true).writeUnits(structure, Path.of("units.csv"));   // starts EF BB BF
     * }</pre>
     */
    public CsvTables withBom(boolean writeBom) {
        return new CsvTables(separator, writeBom, kinds, maxFileSize, maxRows, maxFieldLength);
    }

    /**
     * Returns a copy that resolves kind codes in another catalog (default {@link VnKinds#CATALOG}).
     *
     * <pre>{@code
     * CsvTables csv = CsvTables.standard().withKinds(VnKinds.CATALOG.with(myKind));
     * }</pre>
     *
     * @throws NullPointerException if the catalog is null
     */
    public CsvTables withKinds(KindCatalog catalog) {
        return new CsvTables(separator, bom, Objects.requireNonNull(catalog, "catalog"), maxFileSize, maxRows, maxFieldLength);
    }

    /**
     * Returns a copy that separates fields with another character (default {@code ','}), e.g.
     * {@code ';'} for spreadsheets in locales whose decimal mark is a comma. Numbers are always
     * written with a decimal point.
     *
     * <pre>{@code
     * CsvTables semicolons = CsvTables.standard().withSeparator(';');
     * }</pre>
     *
     * @throws IllegalArgumentException if the separator is a quote, a line break, a letter, a
     *     digit, a space or the byte order mark
     */
    public CsvTables withSeparator(char newSeparator) {
        if (newSeparator == '"' || newSeparator == '\r' || newSeparator == '\n' || newSeparator == ' '
                || newSeparator == '\uFEFF' || Character.isLetterOrDigit(newSeparator) || Character.isSurrogate(newSeparator)) {
            throw new IllegalArgumentException("CSV separator '" + newSeparator + "' cannot be used: choose e.g. ',', ';',"
                    + " '\\t' or '|'");
        }
        return new CsvTables(newSeparator, bom, kinds, maxFileSize, maxRows, maxFieldLength);
    }

    /**
     * Returns a copy with another largest table (default {@link #DEFAULT_MAX_FILE_SIZE}): bytes
     * of a file, characters from a reader.
     *
     * <pre>{@code
     * CsvTables upload = CsvTables.standard().withMaxFileSize(10_000_000);
     * }</pre>
     *
     * @throws IllegalArgumentException if it is not positive
     */
    public CsvTables withMaxFileSize(long max) {
        return new CsvTables(separator, bom, kinds, positive("maxFileSize", max), maxRows, maxFieldLength);
    }

    /**
     * Returns a copy with another most data rows per table (default {@link #DEFAULT_MAX_ROWS}).
     *
     * <pre>{@code
     * CsvTables upload = CsvTables.standard().withMaxRows(50_000);
     * }</pre>
     *
     * @throws IllegalArgumentException if it is not positive
     */
    public CsvTables withMaxRows(int max) {
        return new CsvTables(separator, bom, kinds, maxFileSize, (int) positive("maxRows", max), maxFieldLength);
    }

    /**
     * Returns a copy with another longest field (default {@link #DEFAULT_MAX_FIELD_LENGTH}).
     *
     * <pre>{@code
     * CsvTables csv = CsvTables.standard().withMaxFieldLength(1_000);
     * }</pre>
     *
     * @throws IllegalArgumentException if it is not positive
     */
    public CsvTables withMaxFieldLength(int max) {
        return new CsvTables(separator, bom, kinds, maxFileSize, maxRows, (int) positive("maxFieldLength", max));
    }

    private static long positive(String what, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be positive, was " + value);
        }
        return value;
    }

    /** The field separator, {@code ','} unless changed. */
    public char separator() {
        return separator;
    }

    /** Whether writing starts with a UTF-8 byte order mark. */
    public boolean bom() {
        return bom;
    }

    /** The catalog that resolves kind codes on reading. */
    public KindCatalog kinds() {
        return kinds;
    }

    /** The largest table read: bytes of a file, characters from a reader. */
    public long maxFileSize() {
        return maxFileSize;
    }

    /** The most data rows read per table. */
    public int maxRows() {
        return maxRows;
    }

    /** The longest field read, in characters. */
    public int maxFieldLength() {
        return maxFieldLength;
    }

    // ------------------------------------------------------------------ writing

    /**
     * Writes the units table: a header, then one row per unit in tree order.
     *
     * <pre>{@code
     * StringWriter out = new StringWriter();
     * CsvTables.standard().writeUnits(structure, out);
     * // id,name,kind,level,parent,territory,valid_from,valid_to,staff_quota,...
     * // kb,Huyện Kim Bảng,VN.HUYEN,DISTRICT,,kb,,,,,,,,
     * }</pre>
     */
    public void writeUnits(OrgStructure structure, Writer out) {
        write(structure, out, "the units table", UnitTable::write);
    }

    /**
     * Writes the units table to a file (UTF-8), replacing it.
     *
     * <pre>{@code
     * CsvTables.standard().writeUnits(structure, Path.of("units.csv"));
     * }</pre>
     */
    public void writeUnits(OrgStructure structure, Path file) {
        write(structure, file, UnitTable::write);
    }

    /**
     * Writes the staffing table: a header, then for each post (in the order of
     * {@link OrgStructure#posts()}) one row per tenure, past, present or future, or one row with
     * no person if nobody holds or held it; then one row per person who holds no post.
     *
     * <pre>{@code
     * StringWriter out = new StringWriter();
     * CsvTables.standard().writeStaffing(structure, out);
     * // unit,unit_name,post,post_title,role,capacity,person,person_name,party_member,birth_date,tenure_type,from,to
     * }</pre>
     */
    public void writeStaffing(OrgStructure structure, Writer out) {
        write(structure, out, "the staffing table", StaffingTable::write);
    }

    /**
     * Writes the staffing table to a file (UTF-8), replacing it.
     *
     * <pre>{@code
     * CsvTables.standard().writeStaffing(structure, Path.of("staffing.csv"));
     * }</pre>
     */
    public void writeStaffing(OrgStructure structure, Path file) {
        write(structure, file, StaffingTable::write);
    }

    /**
     * Writes the relations table: a header, then one row per relation other than SUBORDINATE_TO
     * (which the units table's {@code parent} column holds).
     *
     * <pre>{@code
     * StringWriter out = new StringWriter();
     * CsvTables.standard().writeRelations(structure, out);
     * // source,type,target
     * // kb.huyen-uy,LEADS,kb.ubnd
     * }</pre>
     */
    public void writeRelations(OrgStructure structure, Writer out) {
        write(structure, out, "the relations table", RelationTable::write);
    }

    /**
     * Writes the relations table to a file (UTF-8), replacing it.
     *
     * <pre>{@code
     * CsvTables.standard().writeRelations(structure, Path.of("relations.csv"));
     * }</pre>
     */
    public void writeRelations(OrgStructure structure, Path file) {
        write(structure, file, RelationTable::write);
    }

    /**
     * Writes the three tables into a directory (created if needed) as {@value #UNITS_FILE},
     * {@value #STAFFING_FILE} and {@value #RELATIONS_FILE}, replacing them.
     *
     * <pre>{@code
     * CsvTables.standard().withBom(true).writeDirectory(structure, Path.of("out/kim-bang"));
     * }</pre>
     */
    public void writeDirectory(OrgStructure structure, Path directory) {
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(directory, "directory");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + directory + ": " + e.getMessage(), e);
        }
        writeUnits(structure, directory.resolve(UNITS_FILE));
        writeStaffing(structure, directory.resolve(STAFFING_FILE));
        writeRelations(structure, directory.resolve(RELATIONS_FILE));
    }

    private interface TableWriter {
        void write(OrgStructure s, CsvPrinter out) throws IOException;
    }

    private void write(OrgStructure structure, Writer out, String what, TableWriter table) {
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(out, "out");
        try {
            CsvPrinter p = new CsvPrinter(out, separator);
            if (bom) {
                p.bom();
            }
            table.write(structure, p);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + what + ": " + e.getMessage(), e);
        }
    }

    private void write(OrgStructure structure, Path file, TableWriter table) {
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(file, "file");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CsvPrinter p = new CsvPrinter(w, separator);
            if (bom) {
                p.bom();
            }
            table.write(structure, p);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ reading

    /**
     * Reads a structure of units only (no posts, people or other relations) from a units table.
     * Problems point at {@value #UNITS_FILE}.
     *
     * <pre>{@code
     * OrgStructure s = CsvTables.standard().readStructure(LocalDate.of(2020, 1, 1), new StringReader(unitsCsv));
     * }</pre>
     *
     * @throws FormatException with every problem of the table
     */
    public OrgStructure readStructure(LocalDate date, Reader units) {
        return read(date, StructureReader.Input.of(UNITS_FILE, nonNull(units, "units")), null, null);
    }

    /**
     * Reads a structure from a units table and a staffing table (no relations but
     * subordination). Problems point at {@value #UNITS_FILE} and {@value #STAFFING_FILE}.
     *
     * <pre>{@code
     * OrgStructure s = CsvTables.standard().readStructure(date, new StringReader(units), new StringReader(staffing));
     * }</pre>
     *
     * @throws FormatException with every problem of both tables
     */
    public OrgStructure readStructure(LocalDate date, Reader units, Reader staffing) {
        return read(date, StructureReader.Input.of(UNITS_FILE, nonNull(units, "units")),
                StructureReader.Input.of(STAFFING_FILE, nonNull(staffing, "staffing")), null);
    }

    /**
     * Reads a structure from its three tables. Problems point at {@value #UNITS_FILE},
     * {@value #STAFFING_FILE} and {@value #RELATIONS_FILE}.
     *
     * <pre>{@code
     * OrgStructure s = CsvTables.standard().readStructure(date, unitsReader, staffingReader, relationsReader);
     * }</pre>
     *
     * @throws FormatException with every problem of the three tables
     */
    public OrgStructure readStructure(LocalDate date, Reader units, Reader staffing, Reader relations) {
        return read(date, StructureReader.Input.of(UNITS_FILE, nonNull(units, "units")),
                StructureReader.Input.of(STAFFING_FILE, nonNull(staffing, "staffing")),
                StructureReader.Input.of(RELATIONS_FILE, nonNull(relations, "relations")));
    }

    /**
     * Reads a structure of units only from a units file (UTF-8, a byte order mark allowed).
     * Problems point at the file's name.
     *
     * <pre>{@code
     * OrgStructure s = CsvTables.standard().readStructure(LocalDate.of(2020, 1, 1), Path.of("units.csv"));
     * }</pre>
     *
     * @throws FormatException with every problem of the file
     */
    public OrgStructure readStructure(LocalDate date, Path units) {
        return read(date, StructureReader.Input.of(nonNull(units, "units")), null, null);
    }

    /**
     * Reads a structure from a units file and a staffing file.
     *
     * <pre>{@code
     * OrgStructure s = CsvTables.standard().readStructure(date, Path.of("units.csv"), Path.of("staffing.csv"));
     * }</pre>
     *
     * @throws FormatException with every problem of both files
     */
    public OrgStructure readStructure(LocalDate date, Path units, Path staffing) {
        return read(date, StructureReader.Input.of(nonNull(units, "units")), StructureReader.Input.of(nonNull(staffing, "staffing")),
                null);
    }

    /**
     * Reads a structure from its three files.
     *
     * <pre>{@code
     * OrgStructure s = CsvTables.standard().readStructure(date,
     *         Path.of("units.csv"), Path.of("staffing.csv"), Path.of("relations.csv"));
     * }</pre>
     *
     * @throws FormatException with every problem of the three files
     */
    public OrgStructure readStructure(LocalDate date, Path units, Path staffing, Path relations) {
        return read(date, StructureReader.Input.of(nonNull(units, "units")), StructureReader.Input.of(nonNull(staffing, "staffing")),
                StructureReader.Input.of(nonNull(relations, "relations")));
    }

    /**
     * Reads a structure from a directory written by {@link #writeDirectory}: all three of
     * {@value #UNITS_FILE}, {@value #STAFFING_FILE} and {@value #RELATIONS_FILE} must be there.
     *
     * <pre>{@code
     * OrgStructure s = CsvTables.standard().readDirectory(LocalDate.of(2020, 1, 1), Path.of("out/kim-bang"));
     * }</pre>
     *
     * @throws FormatException with every problem of the three files
     * @throws UncheckedIOException naming a missing file
     */
    public OrgStructure readDirectory(LocalDate date, Path directory) {
        Objects.requireNonNull(directory, "directory");
        for (String f : new String[] {UNITS_FILE, STAFFING_FILE, RELATIONS_FILE}) {
            if (!Files.isRegularFile(directory.resolve(f))) {
                NoSuchFileException e = new NoSuchFileException(directory.resolve(f).toString());
                throw new UncheckedIOException("Cannot read the CSV tables in " + directory + ": " + f + " is missing (a"
                        + " directory holds " + UNITS_FILE + ", " + STAFFING_FILE + " and " + RELATIONS_FILE
                        + "; use readStructure for fewer tables)", e);
            }
        }
        return readStructure(date, directory.resolve(UNITS_FILE), directory.resolve(STAFFING_FILE),
                directory.resolve(RELATIONS_FILE));
    }

    private OrgStructure read(LocalDate date, StructureReader.Input units, StructureReader.Input staffing,
            StructureReader.Input relations) {
        Objects.requireNonNull(date, "date");
        return StructureReader.read(this, date, units, staffing, relations);
    }

    private static <T> T nonNull(T value, String what) {
        return Objects.requireNonNull(value, what);
    }

    /** Returns e.g. {@code CsvTables[',', BOM, kinds vn, max 2147483647 bytes, 10000000 rows, 4096 chars/field]}. */
    @Override
    public String toString() {
        return "CsvTables['" + (separator == '\t' ? "\\t" : String.valueOf(separator)) + "'" + (bom ? ", BOM" : "") + ", kinds "
                + kinds.name() + ", max " + maxFileSize + " bytes, " + maxRows + " rows, " + maxFieldLength + " chars/field]";
    }
}
