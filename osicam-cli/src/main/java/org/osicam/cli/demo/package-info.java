/**
 * {@code osicam demo}: the whole loop on data shipped in the jar (the CDNOW transaction log and
 * seeded person records, consents, survey answers and campaign outcomes), written as a
 * self-contained HTML report.
 */
@NullMarked
package org.osicam.cli.demo;

import org.jspecify.annotations.NullMarked;
