package org.bomay.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import org.bomay.core.BomayException;
import org.junit.jupiter.api.Test;

class PersonTest {
    private static final PersonId AN = PersonId.of("p.nguyen-van-an");

    @Test
    void of_hasUnknownBirthDate() {
        Person p = Person.of(AN, "Nguyễn Văn An", true);
        assertEquals(AN, p.id());
        assertEquals("Nguyễn Văn An", p.name());
        assertTrue(p.partyMember());
        assertEquals(Optional.empty(), p.birth());
        assertEquals(null, p.birthDate());
    }

    @Test
    void of_normalizesTheName() {
        String nfd = Normalizer.normalize("  Nguyễn  Văn\tAn ", Normalizer.Form.NFD);
        Person p = Person.of(AN, nfd, false);
        assertEquals("Nguyễn Văn An", p.name());
        assertTrue(Normalizer.isNormalized(p.name(), Normalizer.Form.NFC));
        assertEquals(Person.of(AN, "Nguyễn Văn An", false), p);
    }

    @Test
    void of_rejectsMissingIdOrName() {
        assertEquals("A person needs an id (person named 'Nguyễn Văn An')",
                assertThrows(BomayException.class, () -> Person.of(null, "Nguyễn Văn An", true)).getMessage());
        assertEquals("Person p.nguyen-van-an: A name must not be blank",
                assertThrows(BomayException.class, () -> Person.of(AN, "   ", true)).getMessage());
        assertEquals("Person p.nguyen-van-an: A name must not be null",
                assertThrows(BomayException.class, () -> Person.of(AN, null, true)).getMessage());
    }

    @Test
    void withBirthDateAndWithPartyMember_returnCopies() {
        Person p = Person.of(AN, "Nguyễn Văn An", false);
        Person born = p.withBirthDate(LocalDate.of(1975, 3, 8));
        assertEquals(Optional.of(LocalDate.of(1975, 3, 8)), born.birth());
        assertEquals(Optional.empty(), p.birth());
        Person member = born.withPartyMember(true);
        assertTrue(member.partyMember());
        assertFalse(born.partyMember());
        assertEquals(Optional.of(LocalDate.of(1975, 3, 8)), member.birth());
    }

    @Test
    void equals_byValue() {
        Person p = Person.of(AN, "Nguyễn Văn An", true);
        assertEquals(p, new Person(AN, "Nguyễn Văn An", true, null));
        assertEquals(p.hashCode(), new Person(AN, "Nguyễn Văn An", true, null).hashCode());
        assertNotEquals(p, p.withPartyMember(false));
        assertNotEquals(p, p.withBirthDate(LocalDate.of(1975, 3, 8)));
        assertNotEquals(p, Person.of(AN, "Nguyễn Văn Ân", true));
    }

    @Test
    void toString_marksPartyMembers() {
        assertEquals("p.nguyen-van-an \"Nguyễn Văn An\" (đảng viên)", Person.of(AN, "Nguyễn Văn An", true).toString());
        assertEquals("p.tran-thi-binh \"Trần Thị Bình\"",
                Person.of(PersonId.of("p.tran-thi-binh"), "Trần Thị Bình", false).toString());
    }
}
