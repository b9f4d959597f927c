/**
 * Internal helpers of bomay. Not part of the API: anything here may change without notice.
 */
package org.bomay.core.internal;
