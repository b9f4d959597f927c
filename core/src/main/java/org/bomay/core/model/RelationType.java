package org.bomay.core.model;

/**
 * The typed edges between units. Subordination forms a forest (one parent per unit); the other
 * types overlay it.
 *
 * <pre>{@code
 * Relation r = Relation.of(RelationType.LEADS, huyenUy, ubndHuyen);
 * }</pre>
 */
public enum RelationType {
    /** Trực thuộc: the source is subordinate to the target (its parent). At most one per source. */
    SUBORDINATE_TO("trực thuộc", "is subordinate to"),
    /** Lãnh đạo: a party committee leads a state or front unit of its territory. */
    LEADS("lãnh đạo", "leads"),
    /** Hướng dẫn chuyên môn: professional guidance, e.g. a provincial department to the district office. */
    GUIDES("hướng dẫn chuyên môn", "guides"),
    /** Phục vụ / tham mưu: an office serves a body (a merged office serves several). */
    SERVES("phục vụ", "serves"),
    /** Thành viên: e.g. a socio-political organization is a member of the Fatherland Front. */
    MEMBER_OF("là thành viên của", "is a member of");

    private final String vietnamese;
    private final String english;

    RelationType(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /** The Vietnamese verb, e.g. "lãnh đạo". */
    public String vietnamese() {
        return vietnamese;
    }

    /** The English verb, e.g. "leads". */
    public String english() {
        return english;
    }
}
