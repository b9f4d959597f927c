/**
 * Runnable examples built from the seed documents and the 2025 national reform, one concept
 * each (see {@code docs/examples.md}). {@link org.bomay.examples.Demo}, the flagship, runs the Kim
 * Bảng action programme end to end and writes the HTML report;
 * {@link org.bomay.examples.kimbang.KimBangTour} tours the Kim Bảng structure itself.
 *
 * <pre>{@code
 * mvn -B -q -ntp -DskipTests install && mvn -B -q -ntp -pl examples exec:java
 * mvn -B -q -ntp -pl examples exec:java -Dbomay.main=org.bomay.examples.kimbang.KimBangTour
 * }</pre>
 */
package org.bomay.examples;
