package org.bomay.core.rules.types;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.bomay.core.BomayException;

/**
 * One row of the standards of administrative units (tiêu chuẩn của đơn vị hành chính): the
 * minimum population and natural area for units matching {@code where}, e.g. a xã outside the
 * mountains: 8,000 people and 30 km² (NQ 1211/2016/UBTVQH13 as amended). In a table the first
 * matching row applies, so put the specific rows (mountainous, island) first.
 *
 * <pre>{@code
 * Standard xaMienNui = Standard.of(Selector.kinds(VnKinds.XA).attribute(VnAttributes.MIEN_NUI, "true"), 5_000, 50);
 * }</pre>
 *
 * @param where the administrative units the row applies to
 * @param population the minimum population, if the row sets one
 * @param areaKm2 the minimum natural area in km², if the row sets one
 */
public record Standard(Selector where, OptionalInt population, OptionalDouble areaKm2) {

    /** Validates. */
    public Standard {
        if (where == null || population == null || areaKm2 == null) {
            throw new BomayException("A standard needs a selector, a population and an area (OptionalInt/OptionalDouble.empty() if none)");
        }
        if (population.isEmpty() && areaKm2.isEmpty()) {
            throw new BomayException("A standard for " + where + " must set a population or an area");
        }
        if (population.isPresent() && population.getAsInt() <= 0 || areaKm2.isPresent() && !(areaKm2.getAsDouble() > 0)) {
            throw new BomayException("A standard for " + where + " must have positive minimums, was " + population + " people, "
                    + areaKm2 + " km²");
        }
    }

    /** A row with both a population and an area. */
    public static Standard of(Selector where, int population, double areaKm2) {
        return new Standard(where, OptionalInt.of(population), OptionalDouble.of(areaKm2));
    }
}
