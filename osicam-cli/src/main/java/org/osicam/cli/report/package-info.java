/**
 * The self-contained HTML report of {@code osicam demo}: {@link org.osicam.cli.report.Charts} draws
 * inline SVG charts with axes, labels and units; {@link org.osicam.cli.report.HtmlReport} assembles
 * sections with inline CSS. Nothing is fetched from the network to view the report.
 */
@NullMarked
package org.osicam.cli.report;

import org.jspecify.annotations.NullMarked;
