package org.bomay.examples.chauthanh;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;

/**
 * Makes fictitious Vietnamese people for the Châu Thành example, deterministically: the same calls
 * in the same order give the same people ({@link Random} with a fixed seed). Names are drawn from
 * common family names (Nguyễn most often; Huỳnh and Võ, frequent in the Mekong Delta), middle
 * names and given names, and are unique within one generator. Ids are {@code p.ct.0001},
 * {@code p.ct.0002}, ... No name stands for a real person.
 */
final class People {
    private static final String[] FAMILY = {
        "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Huỳnh", "Huỳnh", "Võ", "Võ",
        "Phan", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Trương", "Lâm", "Đoàn", "Tô", "Mai",
    };
    private static final String[] MALE_MIDDLE = {"Văn", "Văn", "Văn", "Thanh", "Minh", "Quốc", "Hữu", "Công", "Ngọc", "Hoàng"};
    private static final String[] FEMALE_MIDDLE = {"Thị", "Thị", "Thị", "Thanh", "Ngọc", "Kim", "Thúy", "Hồng", "Mỹ"};
    private static final String[] MALE_GIVEN = {
        "An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khải", "Long", "Nam", "Phong", "Quang", "Sang", "Tài", "Thắng",
        "Tuấn", "Việt", "Hiếu", "Toàn", "Trung", "Vinh", "Đạt", "Kiệt", "Lộc", "Tâm", "Thành", "Phúc", "Nhân", "Trí",
        "Tiến", "Hậu",
    };
    private static final String[] FEMALE_GIVEN = {
        "Hà", "Hương", "Lan", "Mai", "Hoa", "Hằng", "Huyền", "Linh", "Nga", "Oanh", "Phượng", "Thảo", "Trang", "Yến",
        "Nhung", "Dung", "Loan", "Hạnh", "Vân", "Thủy", "Diễm", "Ngân",
    };

    private final Random random;
    private final Set<String> used = new HashSet<>();
    private int count;

    People(long seed) {
        this.random = new Random(seed);
    }

    /** A new person, a woman about one time in four. */
    Person next(boolean partyMember) {
        boolean female = random.nextInt(4) == 0;
        String name;
        do {
            name = pick(FAMILY) + " " + (female ? pick(FEMALE_MIDDLE) : pick(MALE_MIDDLE)) + " "
                    + (female ? pick(FEMALE_GIVEN) : pick(MALE_GIVEN));
        } while (!used.add(name));
        count++;
        return Person.of(PersonId.of(String.format("p.ct.%04d", count)), name, partyMember);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
