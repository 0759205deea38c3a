/**
 * JMH benchmarks. Build with {@code mvn -B -pl benchmarks -am -DskipTests package}, run with {@code
 * java -jar benchmarks/target/benchmarks.jar <regex>}; results go to {@code docs/benchmarks.md}.
 */
@NullMarked
package org.osicam.benchmarks;

import org.jspecify.annotations.NullMarked;
