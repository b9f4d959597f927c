package org.bomay.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.bomay.core.BomayException;
import org.junit.jupiter.api.Test;

class TenureTest {
    private static final PersonId AN = PersonId.of("p.an");
    private static final PostId BDV = PostId.of("kb.bdv.tb");
    private static final PostId MTTQ = PostId.of("kb.mttq.ct");
    private static final Period FROM_2015 = Period.from(LocalDate.of(2015, 10, 1));

    @Test
    void main_isNotConcurrent() {
        Tenure t = Tenure.main(AN, BDV, FROM_2015);
        assertEquals(AN, t.person());
        assertEquals(BDV, t.post());
        assertEquals(FROM_2015, t.period());
        assertEquals(TenureType.MAIN, t.type());
        assertFalse(t.isConcurrent());
    }

    @Test
    void concurrent_isConcurrent() {
        Tenure t = Tenure.concurrent(AN, MTTQ, Period.from(LocalDate.of(2018, 2, 1)));
        assertEquals(TenureType.CONCURRENT, t.type());
        assertTrue(t.isConcurrent());
    }

    @Test
    void new_rejectsMissingFields_namingPersonAndPost() {
        assertEquals("Tenure of person p.an in post kb.bdv.tb needs a person, a post, a period and a type "
                        + "(period=null, type=MAIN)",
                assertThrows(BomayException.class, () -> Tenure.main(AN, BDV, null)).getMessage());
        assertEquals("Tenure of person null in post kb.bdv.tb needs a person, a post, a period and a type "
                        + "(period=2015-10-01/.., type=MAIN)",
                assertThrows(BomayException.class, () -> Tenure.main(null, BDV, FROM_2015)).getMessage());
        assertThrows(BomayException.class, () -> Tenure.main(AN, null, FROM_2015));
        assertThrows(BomayException.class, () -> new Tenure(AN, BDV, FROM_2015, null));
    }

    @Test
    void withPeriod_returnsCopy() {
        Tenure t = Tenure.concurrent(AN, MTTQ, FROM_2015);
        Period ended = Period.of(LocalDate.of(2015, 10, 1), LocalDate.of(2020, 10, 1));
        Tenure e = t.withPeriod(ended);
        assertEquals(ended, e.period());
        assertEquals(TenureType.CONCURRENT, e.type());
        assertEquals(FROM_2015, t.period());
    }

    @Test
    void equals_byValue() {
        assertEquals(Tenure.main(AN, BDV, FROM_2015), new Tenure(AN, BDV, FROM_2015, TenureType.MAIN));
        assertEquals(Tenure.main(AN, BDV, FROM_2015).hashCode(), new Tenure(AN, BDV, FROM_2015, TenureType.MAIN).hashCode());
        assertNotEquals(Tenure.main(AN, BDV, FROM_2015), Tenure.concurrent(AN, BDV, FROM_2015));
        assertNotEquals(Tenure.main(AN, BDV, FROM_2015), Tenure.main(AN, BDV, Period.ALWAYS));
    }

    @Test
    void toString_isPersonPostPeriodType() {
        assertEquals("p.an -> kb.bdv.tb 2015-10-01/.. MAIN", Tenure.main(AN, BDV, FROM_2015).toString());
        assertEquals("p.an -> kb.mttq.ct ../.. CONCURRENT", Tenure.concurrent(AN, MTTQ, Period.ALWAYS).toString());
    }
}
