/**
 * The domain model: stable ids ({@link org.bomay.core.model.UnitId}, {@link org.bomay.core.model.PostId},
 * {@link org.bomay.core.model.PersonId}), {@link org.bomay.core.model.Pillar} and
 * {@link org.bomay.core.model.Level}, the open {@link org.bomay.core.model.UnitKind} catalog,
 * {@link org.bomay.core.model.Unit}, {@link org.bomay.core.model.Post},
 * {@link org.bomay.core.model.Person}, {@link org.bomay.core.model.Tenure}, typed
 * {@link org.bomay.core.model.Relation}s and the half-open {@link org.bomay.core.model.Period}.
 *
 * <p>Every type here is an immutable value, validated in its factory; bad input throws
 * {@link org.bomay.core.BomayException} naming the offending id and field.
 */
package org.bomay.core.model;
