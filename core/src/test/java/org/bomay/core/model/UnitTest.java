package org.bomay.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.bomay.core.BomayException;
import org.bomay.core.profile.vn.VnKinds;
import org.junit.jupiter.api.Test;

class UnitTest {
    private static final UnitId KB = UnitId.of("kb");
    private static final UnitId UBND = UnitId.of("kb.ubnd");

    private static Unit ubnd() {
        return Unit.builder(UBND, "UBND huyện Kim Bảng", VnKinds.UBND, Level.DISTRICT)
                .territory(KB)
                .validity(Period.from(LocalDate.of(1977, 1, 1)))
                .staffQuota(75)
                .actualStaff(70)
                .unitClass(UnitClass.I)
                .build();
    }

    @Test
    void builder_setsEveryField() {
        Unit u = ubnd();
        assertEquals(UBND, u.id());
        assertEquals("UBND huyện Kim Bảng", u.name());
        assertEquals(VnKinds.UBND, u.kind());
        assertEquals(Pillar.STATE, u.pillar());
        assertEquals(Level.DISTRICT, u.level());
        assertFalse(u.isTerritorial());
        assertEquals(Optional.of(KB), u.territory());
        assertEquals(Period.from(LocalDate.of(1977, 1, 1)), u.validity());
        assertEquals(OptionalInt.of(75), u.staffQuota());
        assertEquals(OptionalInt.of(70), u.actualStaff());
        assertEquals(Optional.of(UnitClass.I), u.unitClass());
        assertEquals(OptionalDouble.empty(), u.areaKm2());
        assertEquals(OptionalInt.empty(), u.population());
        assertEquals(OptionalInt.empty(), u.households());
    }

    @Test
    void of_hasNoOptionalAttribute() {
        Unit u = Unit.of(UnitId.of("kb.hu"), "Huyện ủy Kim Bảng", VnKinds.HUYEN_UY, Level.DISTRICT);
        assertEquals(Period.ALWAYS, u.validity());
        assertEquals(Optional.empty(), u.territory());
        assertEquals(OptionalInt.empty(), u.staffQuota());
        assertEquals(OptionalInt.empty(), u.actualStaff());
        assertEquals(Optional.empty(), u.unitClass());
        assertEquals(Pillar.PARTY, u.pillar());
    }

    @Test
    void builder_administrativeUnitAttributes() {
        Unit xa = Unit.builder(UnitId.of("kb.nhat-tan"), "Xã Nhật Tân", VnKinds.XA, Level.COMMUNE)
                .areaKm2(7.6).population(9_800).households(2_450).unitClass(UnitClass.II).build();
        assertEquals(OptionalDouble.of(7.6), xa.areaKm2());
        assertEquals(OptionalInt.of(9_800), xa.population());
        assertEquals(OptionalInt.of(2_450), xa.households());
        assertEquals(Optional.of(UnitClass.II), xa.unitClass());
    }

    @Test
    void build_normalizesTheName() {
        String nfd = java.text.Normalizer.normalize("Xã  Nhật Tân ", java.text.Normalizer.Form.NFD);
        Unit u = Unit.of(UnitId.of("x"), nfd, VnKinds.XA, Level.COMMUNE);
        assertEquals("Xã Nhật Tân", u.name());
    }

    @Test
    void build_rejectsLevelNotAllowedByKind_namingIdAndKind() {
        Unit.Builder b = Unit.builder(UnitId.of("nt.hu"), "Huyện ủy ở xã", VnKinds.HUYEN_UY, Level.COMMUNE);
        BomayException e = assertThrows(BomayException.class, b::build);
        assertEquals("Unit nt.hu (Huyện ủy ở xã) is at level COMMUNE but its kind VN.HUYEN_UY allows only [DISTRICT]",
                e.getMessage());
    }

    @Test
    void build_territorialUnitIsItsOwnTerritory() {
        Unit xa = Unit.of(UnitId.of("kb.nhat-tan"), "Xã Nhật Tân", VnKinds.XA, Level.COMMUNE);
        assertTrue(xa.isTerritorial());
        assertEquals(Optional.of(UnitId.of("kb.nhat-tan")), xa.territory());
        Unit same = Unit.builder(UnitId.of("kb.nhat-tan"), "Xã Nhật Tân", VnKinds.XA, Level.COMMUNE)
                .territory(UnitId.of("kb.nhat-tan")).build();
        assertEquals(xa, same);
    }

    @Test
    void build_rejectsTerritorialUnitWithAnotherTerritory() {
        Unit.Builder b = Unit.builder(UnitId.of("kb.nhat-tan"), "Xã Nhật Tân", VnKinds.XA, Level.COMMUNE).territory(KB);
        BomayException e = assertThrows(BomayException.class, b::build);
        assertEquals("Unit kb.nhat-tan is an administrative unit (VN.XA) and is its own territory; it cannot belong to "
                + "territory kb (make kb its parent instead)", e.getMessage());
    }

    @Test
    void staffQuota_rejectsNegative_namingTheField() {
        Unit.Builder b = Unit.builder(UBND, "UBND", VnKinds.UBND, Level.DISTRICT);
        BomayException e = assertThrows(BomayException.class, () -> b.staffQuota(-1));
        assertEquals("Unit kb.ubnd: staffQuota must be >= 0, was -1", e.getMessage());
    }

    @Test
    void otherCounts_rejectNegative_namingTheField() {
        Unit.Builder b = Unit.builder(KB, "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT);
        assertEquals("Unit kb: actualStaff must be >= 0, was -2",
                assertThrows(BomayException.class, () -> b.actualStaff(-2)).getMessage());
        assertEquals("Unit kb: population must be >= 0, was -3",
                assertThrows(BomayException.class, () -> b.population(-3)).getMessage());
        assertEquals("Unit kb: households must be >= 0, was -4",
                assertThrows(BomayException.class, () -> b.households(-4)).getMessage());
    }

    @Test
    void counts_acceptZeroAndNullClears() {
        Unit u = Unit.builder(UBND, "UBND", VnKinds.UBND, Level.DISTRICT).staffQuota(0).staffQuota(null).actualStaff(0)
                .build();
        assertEquals(OptionalInt.empty(), u.staffQuota());
        assertEquals(OptionalInt.of(0), u.actualStaff());
    }

    @Test
    void areaKm2_rejectsNaN() {
        Unit.Builder b = Unit.builder(KB, "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT);
        BomayException e = assertThrows(BomayException.class, () -> b.areaKm2(Double.NaN));
        assertEquals("Unit kb: areaKm2 must be a finite number >= 0, was NaN", e.getMessage());
    }

    @Test
    void areaKm2_rejectsInfiniteAndNegative() {
        Unit.Builder b = Unit.builder(KB, "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT);
        assertEquals("Unit kb: areaKm2 must be a finite number >= 0, was Infinity",
                assertThrows(BomayException.class, () -> b.areaKm2(Double.POSITIVE_INFINITY)).getMessage());
        assertEquals("Unit kb: areaKm2 must be a finite number >= 0, was -0.5",
                assertThrows(BomayException.class, () -> b.areaKm2(-0.5)).getMessage());
    }

    @Test
    void builder_rejectsMissingFields_namingTheUnit() {
        assertEquals("A unit needs an id (unit named 'UBND')",
                assertThrows(BomayException.class, () -> Unit.builder(null, "UBND", VnKinds.UBND, Level.DISTRICT))
                        .getMessage());
        assertEquals("Unit kb.ubnd needs a kind",
                assertThrows(BomayException.class, () -> Unit.builder(UBND, "UBND", null, Level.DISTRICT)).getMessage());
        assertEquals("Unit kb.ubnd needs a level",
                assertThrows(BomayException.class, () -> Unit.builder(UBND, "UBND", VnKinds.UBND, null)).getMessage());
        assertEquals("Unit kb.ubnd: A name must not be blank",
                assertThrows(BomayException.class, () -> Unit.builder(UBND, " \t", VnKinds.UBND, Level.DISTRICT))
                        .getMessage());
        assertEquals("Unit kb.ubnd: validity must not be null (use Period.ALWAYS)",
                assertThrows(BomayException.class,
                        () -> Unit.builder(UBND, "UBND", VnKinds.UBND, Level.DISTRICT).validity(null)).getMessage());
    }

    @Test
    void builder_buildMayBeCalledTwice() {
        Unit.Builder b = Unit.builder(UBND, "UBND", VnKinds.UBND, Level.DISTRICT).staffQuota(5);
        assertEquals(b.build(), b.build());
    }

    @Test
    void toBuilder_roundTrip() {
        Unit u = ubnd();
        assertEquals(u, u.toBuilder().build());
        Unit xa = Unit.builder(UnitId.of("kb.nhat-tan"), "Xã Nhật Tân", VnKinds.XA, Level.COMMUNE)
                .areaKm2(7.6).population(9_800).households(2_450).unitClass(UnitClass.II)
                .validity(Period.until(LocalDate.of(2025, 7, 1))).build();
        assertEquals(xa, xa.toBuilder().build());
    }

    @Test
    void withNameAndWithValidity_returnChangedCopies() {
        Unit u = ubnd();
        Unit renamed = u.withName("Ủy ban nhân dân huyện Kim Bảng");
        assertEquals("Ủy ban nhân dân huyện Kim Bảng", renamed.name());
        assertEquals("UBND huyện Kim Bảng", u.name());
        assertEquals(u.staffQuota(), renamed.staffQuota());
        Unit ceased = u.withValidity(Period.of(LocalDate.of(1977, 1, 1), LocalDate.of(2025, 7, 1)));
        assertEquals(Period.of(LocalDate.of(1977, 1, 1), LocalDate.of(2025, 7, 1)), ceased.validity());
        assertNotEquals(u, ceased);
    }

    @Test
    void equals_comparesEveryField() {
        Unit u = ubnd();
        assertEquals(u, ubnd());
        assertEquals(u.hashCode(), ubnd().hashCode());
        assertNotEquals(u, u.toBuilder().staffQuota(76).build());
        assertNotEquals(u, u.toBuilder().territory(null).build());
        assertNotEquals(u, u.toBuilder().unitClass(UnitClass.II).build());
        assertNotEquals(u, u.toBuilder().level(Level.PROVINCE).build());
        assertNotEquals(u, u.withName("UBND huyện Kim Bảng mới"));
    }

    @Test
    void toString_isIdNameKindAndLevel() {
        assertEquals("kb.ubnd \"UBND huyện Kim Bảng\" [VN.UBND, DISTRICT]", ubnd().toString());
    }
}
