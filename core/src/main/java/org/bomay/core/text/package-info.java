/**
 * Vietnamese text: names are stored NFC-normalized ({@link org.bomay.core.text.VnText#name(String)}),
 * compared with tone-mark placement folded ({@link org.bomay.core.text.VnText#key(String)}), and
 * searched without diacritics and with abbreviations spelled out
 * ({@link org.bomay.core.text.VnText#looseKey(String)}).
 */
package org.bomay.core.text;
