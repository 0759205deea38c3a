/**
 * Test fixtures for projects that embed OSICAM (add {@code osicam-testing} in test scope): seeded
 * generators of customers, transactions and interactions, a fixed clock, and builders for small
 * hand-made knowledge bases.
 */
@NullMarked
package org.osicam.testing;

import org.jspecify.annotations.NullMarked;
