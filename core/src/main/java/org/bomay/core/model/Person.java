package org.bomay.core.model;

import java.time.LocalDate;
import java.util.Optional;
import org.bomay.core.BomayException;
import org.bomay.core.text.VnText;

/**
 * A person (cán bộ, công chức, viên chức, or a villager holding a village post). People in
 * bomay's examples are fictitious.
 *
 * <pre>{@code
 * Person an = Person.of(PersonId.of("p.nguyen-van-an"), "Nguyễn Văn An", true);
 * Person binh = Person.of(PersonId.of("p.tran-thi-binh"), "Trần Thị Bình", false)
 *         .withBirthDate(LocalDate.of(1975, 3, 8));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; equality is by value.
 *
 * @param id the stable id
 * @param name the full name, NFC-normalized
 * @param partyMember whether the person is a member of the party (đảng viên)
 * @param birthDate the date of birth, or {@code null} if unknown
 */
public record Person(PersonId id, String name, boolean partyMember, LocalDate birthDate) {

    /** Validates and normalizes the fields. */
    public Person {
        if (id == null) {
            throw new BomayException("A person needs an id (person named '" + name + "')");
        }
        try {
            name = VnText.name(name);
        } catch (BomayException e) {
            throw new BomayException("Person " + id + ": " + e.getMessage(), e);
        }
    }

    /** Returns a person whose date of birth is unknown. */
    public static Person of(PersonId id, String name, boolean partyMember) {
        return new Person(id, name, partyMember, null);
    }

    /** The date of birth, if known. */
    public Optional<LocalDate> birth() {
        return Optional.ofNullable(birthDate);
    }

    /** Returns a copy with the date of birth. */
    public Person withBirthDate(LocalDate date) {
        return new Person(id, name, partyMember, date);
    }

    /** Returns a copy with the party membership set. */
    public Person withPartyMember(boolean member) {
        return new Person(id, name, member, birthDate);
    }

    /** Returns e.g. {@code p.an "Nguyễn Văn An" (đảng viên)}. */
    @Override
    public String toString() {
        return id + " \"" + name + "\"" + (partyMember ? " (đảng viên)" : "");
    }
}
