/**
 * Restructurings as values: each {@link org.bomay.core.change.Change} (thành lập, đổi tên, hợp nhất,
 * sáp nhập, chia tách, chuyển giao, giải thể, chuyển đổi, bổ nhiệm, miễn nhiệm, kiêm nhiệm, biên
 * chế, relations, and named compounds) has an effective date, an optional decision date, a legal
 * basis and a note. {@link org.bomay.core.change.Change#applyTo} is atomic: it yields a new
 * snapshot and a {@link org.bomay.core.change.ChangeEvent} recording lineage (which units became
 * which, where every post, person, child unit and unit of staff quota went), or throws a
 * {@link org.bomay.core.change.ChangeException} and leaves the structure as it was.
 */
package org.bomay.core.change;
