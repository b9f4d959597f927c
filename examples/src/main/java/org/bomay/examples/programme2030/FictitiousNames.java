package org.bomay.examples.programme2030;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;

/**
 * Makes fictitious Vietnamese people, deterministically: the same calls in the same order give the
 * same people ({@link Random} with a fixed seed, whose algorithm the JDK specifies). Names are
 * drawn from common family, middle and given names and are unique within one generator; about one
 * person in four is a woman. Ids are {@code p.0001}, {@code p.0002}, ...
 */
final class FictitiousNames {
    private static final String[] FAMILY = {
        "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô",
        "Dương", "Đinh", "Hà", "Nông", "Lương", "Đào", "Mai",
    };
    private static final String[] MALE_MIDDLE = {"Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Ngọc", "Thanh", "Công"};
    private static final String[] FEMALE_MIDDLE = {"Thị", "Thị", "Thị", "Thu", "Thanh", "Ngọc", "Minh", "Hồng", "Kim"};
    private static final String[] MALE_GIVEN = {
        "An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phong", "Quân", "Sơn", "Thắng", "Tuấn",
        "Việt", "Hưng", "Hiếu", "Toàn", "Trung", "Vinh", "Đạt", "Kiên", "Lâm", "Tâm", "Thành", "Huy", "Tiến",
    };
    private static final String[] FEMALE_GIVEN = {
        "Hà", "Hương", "Lan", "Mai", "Hoa", "Hằng", "Huyền", "Linh", "Nga", "Oanh", "Phương", "Thảo", "Trang", "Yến",
        "Nhung", "Dung", "Loan", "Vân", "Thủy",
    };

    private final Random random;
    private final Set<String> used = new HashSet<>();
    private int count;

    FictitiousNames(long seed) {
        this.random = new Random(seed);
    }

    /** A new person born between {@code bornFrom} and {@code bornTo} (years, inclusive). */
    Person next(boolean partyMember, int bornFrom, int bornTo) {
        boolean female = random.nextInt(4) == 0;
        String name;
        do {
            name = pick(FAMILY) + " " + (female ? pick(FEMALE_MIDDLE) : pick(MALE_MIDDLE)) + " "
                    + (female ? pick(FEMALE_GIVEN) : pick(MALE_GIVEN));
        } while (!used.add(name));
        LocalDate birth = LocalDate.of(bornFrom + random.nextInt(bornTo - bornFrom + 1), 1 + random.nextInt(12),
                1 + random.nextInt(28));
        count++;
        return new Person(PersonId.of(String.format("p.%04d", count)), name, partyMember, birth);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
