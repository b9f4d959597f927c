package org.bomay.core.model;

/**
 * What a post is within its unit.
 *
 * <pre>{@code
 * Post chair = Post.of(PostId.of("kb.ubnd.ct"), ubnd, PostRole.HEAD, "Chủ tịch UBND huyện");
 * }</pre>
 */
public enum PostRole {
    /** Người đứng đầu: bí thư, chủ tịch, trưởng ban, giám đốc, trưởng phòng, trưởng thôn. */
    HEAD("người đứng đầu", "head"),
    /** Cấp phó: phó bí thư, phó chủ tịch, phó trưởng ban, phó giám đốc. */
    DEPUTY("cấp phó", "deputy"),
    /** Ủy viên thường trực / thường vụ: a member of the standing body. */
    STANDING_MEMBER("ủy viên thường trực", "standing member"),
    /** Ủy viên, thành viên: a member. */
    MEMBER("ủy viên", "member"),
    /** Công chức, viên chức without a leadership post. */
    STAFF("công chức, viên chức", "staff");

    private final String vietnamese;
    private final String english;

    PostRole(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /** The Vietnamese name, e.g. "cấp phó". */
    public String vietnamese() {
        return vietnamese;
    }

    /** The English name, e.g. "deputy". */
    public String english() {
        return english;
    }
}
