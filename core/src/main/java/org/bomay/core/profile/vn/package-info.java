/**
 * The Vietnam profile: the catalog of unit kinds of Vietnam's political system
 * ({@link org.bomay.core.profile.vn.VnKinds}). The core itself knows nothing Vietnam-specific;
 * a profile for another system is another catalog plus rules.
 */
package org.bomay.core.profile.vn;
