/**
 * bomay core: the apparatus ("bộ máy") of a political system as a graph of units, posts and
 * people.
 *
 * <ul>
 *   <li>{@link org.bomay.core.model} — ids, units, posts, people, tenures and typed relations;</li>
 *   <li>{@link org.bomay.core.structure} — {@code OrgStructure}, the immutable snapshot, its
 *       builder and queries;</li>
 *   <li>{@link org.bomay.core.text} — Vietnamese text: NFC, search keys, abbreviations;</li>
 *   <li>{@link org.bomay.core.profile.vn} — the Vietnam profile: its unit-kind catalog.</li>
 * </ul>
 *
 * <p>Every public entry point rejects bad input with an unchecked {@link
 * org.bomay.core.BomayException} whose message names the offending id or field.
 */
package org.bomay.core;
