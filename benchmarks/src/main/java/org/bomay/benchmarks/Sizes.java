package org.bomay.benchmarks;

import java.time.LocalDate;
import org.bomay.core.structure.OrgStructure;
import org.bomay.testkit.NationalGenerator;
import org.bomay.testkit.SyntheticCountry;

/**
 * The {@code size} parameter of {@link StructureBenchmark}, {@link ChangeBenchmark} and {@link
 * ValidationBenchmark}: 0–2 index {@link SyntheticCountry#ladder()} (district ~250 units, province
 * ~5,400, country ~375,000), 3 is the {@link NationalGenerator} structure of 10^6 units (all three
 * pillars down to the villages, ~3.1 posts and ~2.0 people per unit) with the benchmarks' seed,
 * dated like the ladder (1/1/2020); 4 is the same generator at 10^4 units (2 provinces, 7 districts), to
 * compare one change at 10^4 and 10^6 units of the same shape.
 * Both generators name units alike ({@code p1.d1.c1}, {@code .du .hdnd .ubnd .mttq}, {@code
 * .v1.cb}), so the benchmarks' changes and queries apply at every size.
 */
final class Sizes {
    /** The index of the 10^6-unit size. */
    static final int NATIONAL = 3;
    /** The index of the 10^4-unit structure of the same generator: the national shape at district scale. */
    static final int NATIONAL_SMALL = 4;

    /** The date of the ladder's structures, given to the national one too: the benchmarks' changes are dated from it. */
    static final LocalDate LADDER_DATE = LocalDate.of(2020, 1, 1);

    private Sizes() {
    }

    /** The filled, unvalidated builder of a size. */
    static OrgStructure.Builder builder(int size) {
        if (size == NATIONAL || size == NATIONAL_SMALL) {
            return NationalGenerator.builder().units(size == NATIONAL ? NationalGenerator.NATIONAL : NationalGenerator.SMALL)
                    .seed(NationalFiles.SEED).date(LADDER_DATE).build().builderOfStructure();
        }
        return SyntheticCountry.ladder().get(size).builderOfStructure();
    }
}
