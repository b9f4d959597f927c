package org.bomay.core.change;

/** The kinds of change, with their Vietnamese names. */
public enum ChangeType {
    /** thành lập: a new unit. */
    ESTABLISH("thành lập"),
    /** đổi tên: a unit takes another name. */
    RENAME("đổi tên"),
    /** hợp nhất: several units cease and one new unit is formed. */
    MERGE("hợp nhất"),
    /** sáp nhập: units are merged into an existing unit, which continues. */
    ABSORB("sáp nhập"),
    /** chia tách: one unit becomes several. */
    SPLIT("chia tách"),
    /** chuyển giao / tiếp nhận: a unit moves to another parent. */
    TRANSFER("chuyển giao / tiếp nhận"),
    /** giải thể: a unit ceases; its children, posts and staff go elsewhere or are released. */
    DISSOLVE("giải thể"),
    /** chuyển đổi: a unit leaves the political system, e.g. becomes a joint-stock company. */
    CONVERT("chuyển đổi"),
    /** bổ nhiệm: a person takes a post as their main job. */
    APPOINT("bổ nhiệm"),
    /** kiêm nhiệm: a person takes a post concurrently. */
    ASSIGN_CONCURRENT("kiêm nhiệm"),
    /** miễn nhiệm: a person leaves a post. */
    RELIEVE("miễn nhiệm"),
    /** giao biên chế: the authorized staff quota of a unit is set. */
    SET_STAFF_QUOTA("giao biên chế"),
    /** tinh giản biên chế: staff is reduced. */
    REDUCE_STAFF("tinh giản biên chế"),
    /** a typed relation (LEADS, GUIDES, SERVES, MEMBER_OF) is added. */
    ADD_RELATION("thêm quan hệ"),
    /** a typed relation is removed. */
    REMOVE_RELATION("bỏ quan hệ"),
    /** several changes applied as one, under one name. */
    COMPOUND("thay đổi tổng hợp"),
    /** a history's return to the structure before its latest change (hủy bỏ). */
    UNDO("hủy bỏ");

    private final String vietnamese;

    ChangeType(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    /** The Vietnamese name, e.g. "hợp nhất". */
    public String vietnamese() {
        return vietnamese;
    }
}
