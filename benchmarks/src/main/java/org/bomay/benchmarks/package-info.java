/**
 * JMH benchmarks of bomay at national scale. Run {@code java -jar benchmarks/target/benchmarks.jar}
 * after {@code mvn -DskipTests install}; figures and baselines live in {@code docs/performance.md}.
 */
package org.bomay.benchmarks;
