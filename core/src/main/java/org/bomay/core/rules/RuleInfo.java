package org.bomay.core.rules;

import java.util.Optional;
import org.bomay.core.BomayException;
import org.bomay.core.change.LegalBasis;
import org.bomay.core.model.Period;
import org.bomay.core.text.VnText;

/**
 * What every rule carries besides its parameters: a stable id, Vietnamese and English titles,
 * the source document, the validity period (the rule is in force on the dates it contains) and
 * the severity of its violations.
 *
 * <pre>{@code
 * RuleInfo info = RuleInfo.of("vn.nd108-2020.pho-truong-phong-huyen",
 *                 "Bình quân 02 Phó Trưởng phòng mỗi phòng thuộc UBND cấp huyện",
 *                 "On average 2 deputy heads per district office",
 *                 LegalBasis.of("108/2020/NĐ-CP"),
 *                 Period.of(LocalDate.of(2020, 11, 25), LocalDate.of(2025, 7, 1)));
 * info.withSeverity(Severity.WARNING);
 * }</pre>
 *
 * @param id a stable id, e.g. {@code vn.nd108-2020.pho-truong-phong-huyen}: lower-case letters,
 *     digits, '.', '-' and '_'
 * @param titleVi the Vietnamese title, NFC-normalized
 * @param titleEn the English title
 * @param source the legal document; empty only for checks that rest on no document (structural
 *     consistency)
 * @param validity when the rule is in force
 * @param severity the severity of the rule's violations (some rule types also report INFO or
 *     WARNING findings, e.g. over a cap inside a grace period)
 */
public record RuleInfo(String id, String titleVi, String titleEn, Optional<LegalBasis> source, Period validity,
        Severity severity) {

    /** Validates and normalizes. */
    public RuleInfo {
        if (id == null || !id.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new BomayException("A rule id must be lower-case letters, digits, '.', '-' or '_' (e.g. "
                    + "\"vn.nd108-2020.pho-truong-phong-huyen\"), was '" + id + "'");
        }
        try {
            titleVi = VnText.name(titleVi);
            titleEn = VnText.name(titleEn);
        } catch (BomayException e) {
            throw new BomayException("Rule " + id + ": both titles are required: " + e.getMessage(), e);
        }
        if (source == null) {
            throw new BomayException("Rule " + id + ": source must not be null (use Optional.empty() for a structural check)");
        }
        if (validity == null) {
            throw new BomayException("Rule " + id + ": validity must not be null (use Period.ALWAYS)");
        }
        if (severity == null) {
            throw new BomayException("Rule " + id + ": severity must not be null");
        }
    }

    /** A rule resting on a document, with severity {@link Severity#ERROR}. */
    public static RuleInfo of(String id, String titleVi, String titleEn, LegalBasis source, Period validity) {
        if (source == null) {
            throw new BomayException("Rule " + id + ": the source document must not be null");
        }
        return new RuleInfo(id, titleVi, titleEn, Optional.of(source), validity, Severity.ERROR);
    }

    /** A check resting on no document (structural consistency), always in force, severity ERROR. */
    public static RuleInfo structural(String id, String titleVi, String titleEn) {
        return new RuleInfo(id, titleVi, titleEn, Optional.empty(), Period.ALWAYS, Severity.ERROR);
    }

    /** Returns a copy with another severity. */
    public RuleInfo withSeverity(Severity newSeverity) {
        return new RuleInfo(id, titleVi, titleEn, source, validity, newSeverity);
    }

    /** Returns a copy with another validity period. */
    public RuleInfo withValidity(Period newValidity) {
        return new RuleInfo(id, titleVi, titleEn, source, newValidity, severity);
    }

    /** Returns a copy with another id, e.g. to use a rule type twice in one pack. */
    public RuleInfo withId(String newId) {
        return new RuleInfo(newId, titleVi, titleEn, source, validity, severity);
    }

    /** The source's number, or "—" for a structural check. */
    public String sourceNumber() {
        return source.map(LegalBasis::number).orElse("—");
    }
}
