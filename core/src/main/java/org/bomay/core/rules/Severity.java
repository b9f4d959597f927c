package org.bomay.core.rules;

/**
 * How serious a violation is.
 *
 * <pre>{@code
 * result.violations(Severity.ERROR);   // only the errors
 * }</pre>
 */
public enum Severity {
    /** The structure breaks a binding rule. */
    ERROR("lỗi", "error"),
    /** Something to look at: a vacancy, an unusual combination, a unit that should be merged soon. */
    WARNING("cảnh báo", "warning"),
    /** A fact worth reporting: over a cap but inside a grace period, a unit below a standard. */
    INFO("thông tin", "info");

    private final String vietnamese;
    private final String english;

    Severity(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /** The Vietnamese name, e.g. "cảnh báo". */
    public String vietnamese() {
        return vietnamese;
    }

    /** The English name, e.g. "warning". */
    public String english() {
        return english;
    }
}
