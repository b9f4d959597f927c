/**
 * CSV tables of a structure, for spreadsheets and staffing systems: a units table, a staffing
 * table (tenures, vacant posts, people without a post) and a relations table, written and read
 * by {@link org.bomay.io.csv.CsvTables}. Reading is strict and builds the structure through
 * core's builder, so core's validation runs; every problem is reported with its file, row,
 * column name, line and character column in one {@link org.bomay.io.FormatException}.
 *
 * <pre>{@code
 * CsvTables csv = CsvTables.standard().withBom(true);
 * csv.writeDirectory(structure, Path.of("kim-bang"));
 * OrgStructure back = csv.readDirectory(structure.date(), Path.of("kim-bang"));
 * }</pre>
 */
package org.bomay.io.csv;
