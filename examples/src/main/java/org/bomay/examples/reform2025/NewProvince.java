package org.bomay.examples.reform2025;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.bomay.core.BomayException;
import org.bomay.core.model.Level;
import org.bomay.core.model.UnitId;
import org.bomay.core.model.UnitKind;

/**
 * One of the 34 provincial-level units from 1/7/2025, as Nghị quyết 202/2025/QH15 forms it: a
 * row of {@code provinces-2025.csv}. A unit not rearranged has one former unit, itself; a new
 * unit has two or three, and its political-administrative centre (trung tâm chính trị – hành
 * chính, the {@link #seat()}) lies in one of them.
 *
 * <pre>{@code
 * NewProvince vl = Provinces2025.successor(Provinces2025.BEN_TRE);
 * vl.name();        // "Tỉnh Vĩnh Long"
 * vl.from();        // [vn.ben-tre, vn.tra-vinh, vn.vinh-long]
 * vl.id();          // vn.vinh-long: the id of the former unit that keeps the seat
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param merged whether the unit is formed from several (the list "merged" of the resolution) or
 *     left as it was ("unchanged")
 * @param number its number in its list, from 1 (the numbering of research/vn_rules.md)
 * @param kind {@code VN.TINH} or {@code VN.THANH_PHO_TRUC_THUOC_TW}
 * @param name its official name, e.g. "Tỉnh Vĩnh Long", "Thành phố Hồ Chí Minh"
 * @param seat the former unit where its political-administrative centre lies
 * @param from the former units it is formed from, in the order research/vn_rules.md lists them;
 *     one (the unit itself) if unchanged
 */
public record NewProvince(boolean merged, int number, UnitKind kind, String name, UnitId seat, List<UnitId> from) {

    /**
     * Validates: a provincial-level territorial kind, the seat among the former units, one former
     * unit exactly when unchanged.
     *
     * @throws BomayException naming the unit and the broken rule
     */
    public NewProvince {
        if (kind == null || name == null || name.isBlank() || seat == null || from == null) {
            throw new BomayException("NewProvince: kind, name, seat and former units are required (was " + name + ")");
        }
        from = ImmutableList.copyOf(from);
        if (!kind.isTerritorial() || !kind.allows(Level.PROVINCE)) {
            throw new BomayException("NewProvince " + name + ": kind " + kind.code()
                    + " is not a provincial-level administrative unit; use VN.TINH or VN.THANH_PHO_TRUC_THUOC_TW");
        }
        if (!from.contains(seat)) {
            throw new BomayException("NewProvince " + name + ": the seat " + seat + " must be one of the former units " + from);
        }
        if (merged != (from.size() > 1)) {
            throw new BomayException("NewProvince " + name + ": a merged unit has at least 2 former units and an unchanged one"
                    + " exactly 1, was " + (merged ? "merged" : "unchanged") + " with " + from);
        }
        if (number < 1) {
            throw new BomayException("NewProvince " + name + ": the number must be 1 or more, was " + number);
        }
    }

    /**
     * The unit's id: that of the former unit keeping the seat, which continues (as Vietnam's
     * administrative-unit codes do on a merger); the other former units cease.
     */
    public UnitId id() {
        return seat;
    }

    /** e.g. {@code 20. Tỉnh Vĩnh Long = vn.ben-tre + vn.tra-vinh + vn.vinh-long (seat vn.vinh-long)}. */
    @Override
    public String toString() {
        return number + ". " + name + (merged ? " = " + String.join(" + ", from.stream().map(UnitId::value).toList())
                + " (seat " + seat + ")" : " (unchanged)");
    }
}
