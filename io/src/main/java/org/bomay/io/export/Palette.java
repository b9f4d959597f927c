package org.bomay.io.export;

import org.bomay.core.model.Pillar;
import org.bomay.core.model.RelationType;

/** The colours shared by the DOT and Mermaid exports: one hue per pillar and per relation type. */
final class Palette {
    /** The colour of concurrent-post (kiêm nhiệm) edges. */
    static final String CONCURRENT = "#7b3294";

    private Palette() {}

    /** The border of a pillar's cluster and nodes. */
    static String stroke(Pillar p) {
        return switch (p) {
            case PARTY -> "#cb181d";
            case STATE -> "#2171b5";
            default -> "#d4a017";
        };
    }

    /** The background of a pillar's cluster. */
    static String clusterFill(Pillar p) {
        return switch (p) {
            case PARTY -> "#fff5f5";
            case STATE -> "#f4f8fd";
            default -> "#fffdf0";
        };
    }

    /** The fill of a pillar's nodes. */
    static String nodeFill(Pillar p) {
        return switch (p) {
            case PARTY -> "#fde0dd";
            case STATE -> "#deebf7";
            default -> "#fff7bc";
        };
    }

    /** The colour of a relation's edges. */
    static String relation(RelationType t) {
        return switch (t) {
            case LEADS -> "#cb181d";
            case GUIDES -> "#2171b5";
            case SERVES -> "#238b45";
            case MEMBER_OF -> "#d94801";
            default -> "#525252";
        };
    }
}
