/**
 * The {@code osicam} command. Conventions shared by every command: {@link org.osicam.cli.CsvInput}
 * (CSV with role mapping), {@link org.osicam.cli.Output} (JSON on stdout, atomic files), {@link
 * org.osicam.cli.BadInputException} (exit code 3). See {@code shared/CLI.md} for the contract.
 */
@NullMarked
package org.osicam.cli;

import org.jspecify.annotations.NullMarked;
