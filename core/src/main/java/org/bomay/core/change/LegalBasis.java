package org.bomay.core.change;

import org.bomay.core.BomayException;
import org.bomay.core.text.VnText;

/**
 * The legal document a change rests on: its number (số hiệu) and title (trích yếu).
 *
 * <pre>{@code
 * LegalBasis nq18 = LegalBasis.of("18-NQ/TW", "Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy ...");
 * }</pre>
 *
 * @param number the document number as printed, e.g. "18-NQ/TW", "202/2025/QH15"; not blank
 * @param title the title, possibly empty; NFC-normalized
 */
public record LegalBasis(String number, String title) {

    /** Validates and normalizes. */
    public LegalBasis {
        if (number == null || number.isBlank()) {
            throw new BomayException("A legal basis needs a document number, e.g. \"18-NQ/TW\" (title was '" + title + "')");
        }
        number = VnText.name(number);
        title = title == null || title.isBlank() ? "" : VnText.name(title);
    }

    /** A basis with a number and a title. */
    public static LegalBasis of(String number, String title) {
        return new LegalBasis(number, title);
    }

    /** A basis known by its number only. */
    public static LegalBasis of(String number) {
        return new LegalBasis(number, "");
    }

    @Override
    public String toString() {
        return title.isEmpty() ? number : number + " — " + title;
    }
}
