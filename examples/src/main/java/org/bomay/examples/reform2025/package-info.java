/**
 * The 2025 national reform, 30/6/2025 → 1/7/2025: the 63 provincial-level units become 34
 * (Nghị quyết 202/2025/QH15), the district level of local government ends (Luật 72/2025/QH15) and
 * the socio-political organizations come under the Fatherland Front (Luật 97/2025/QH15), as a
 * {@link org.bomay.core.history.History} with lineage.
 *
 * <pre>{@code
 * History h = Reform2025.history();
 * Provinces2025.provincialUnits(h.asOf(LocalDate.of(2025, 6, 30))).size();   // 63
 * Provinces2025.provincialUnits(h.asOf(LocalDate.of(2025, 7, 1))).size();    // 34
 * h.currentSuccessors(Provinces2025.BEN_TRE);                                 // [vn.vinh-long], Tỉnh Vĩnh Long
 * }</pre>
 *
 * <p>{@link org.bomay.examples.reform2025.Provinces2025} holds the 63 → 34 table (two CSV files in
 * this package's resources) and the 23 mergers; {@link org.bomay.examples.reform2025.Reform2025}
 * the structure of 30/6/2025 and the history; {@link org.bomay.examples.reform2025.Reform2025Demo}
 * prints a summary.
 */
package org.bomay.examples.reform2025;
