/**
 * Runnable examples built from the seed documents: {@link org.bomay.examples.Demo} prints the
 * Kim Bảng example ({@link org.bomay.examples.kimbang.KimBang}).
 *
 * <pre>{@code
 * mvn -B -q -ntp -DskipTests install && mvn -B -q -ntp -pl examples exec:java
 * }</pre>
 */
package org.bomay.examples;
