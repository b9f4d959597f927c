/**
 * The Hà Tĩnh example (seed 004): Kết luận 55-KL/TU of the Ban Thường vụ Tỉnh ủy Hà Tĩnh (2022) on
 * Thông báo kết luận 16-TB/TW of the Politburo — the splits (chia tách) of the pilot merged agencies
 * of Đức Thọ and Kỳ Anh, the transfer of enterprise party organizations from the Đảng bộ Khối các
 * cơ quan và doanh nghiệp tỉnh to the district party committees, and the province's "do not spread"
 * decision on the model "Trưởng ban Dân vận đồng thời là Chủ tịch Ủy ban MTTQ cấp huyện".
 *
 * <pre>{@code
 * OrgStructure ht = HaTinh.structure();                                  // 2022-07-01
 * SimulationResult r = Simulation.of(HaTinh2022.rules()).run(HaTinh2022.scenario());
 * r.history().successors(HaTinh.TO_CHUC_NOI_VU);                         // Ban Tổ chức Huyện ủy, Phòng Nội vụ
 * Simulation.of(HaTinh2022.rules()).run(HaTinh2022.withDanVanSpread()).finalValidation();   // one ERROR in Kỳ Anh
 * }</pre>
 *
 * <p>{@link org.bomay.examples.hatinh.HaTinh} holds the structure and says what is real and what is
 * illustrative; {@link org.bomay.examples.hatinh.HaTinh2022} the changes as a scenario;
 * {@link org.bomay.examples.hatinh.HaTinhDemo} prints them.
 */
package org.bomay.examples.hatinh;
