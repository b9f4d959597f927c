package org.bomay.core.model;

/**
 * The three pillars of the political system ("hệ thống chính trị").
 *
 * <pre>{@code
 * structure.unitsOf(Pillar.FRONT).size();
 * Pillar.PARTY.vietnamese(); // "Đảng"
 * }</pre>
 */
public enum Pillar {
    /** The party's committees, their staff agencies and party organizations (Đảng). */
    PARTY("Đảng", "Party"),
    /** Councils, executive committees, their agencies, public service units and administrative units (Nhà nước). */
    STATE("Nhà nước", "State"),
    /** The Fatherland Front and the socio-political organizations (Mặt trận). */
    FRONT("Mặt trận", "Front");

    private final String vietnamese;
    private final String english;

    Pillar(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /** The Vietnamese name, e.g. "Mặt trận". */
    public String vietnamese() {
        return vietnamese;
    }

    /** The English name, e.g. "Front". */
    public String english() {
        return english;
    }
}
