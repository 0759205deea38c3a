/**
 * The knowledge base: the single customer view. {@link org.osicam.core.kb.CustomerKnowledgeBase} is
 * the entry point; {@link org.osicam.core.kb.KnowledgeBaseStore} is the storage SPI (in-memory by
 * default, JDBC in {@code osicam-store-jdbc}); {@link org.osicam.core.kb.WriteBatch} is the unit of
 * atomic writes and of JSON export/import.
 */
@NullMarked
package org.osicam.core.kb;

import org.jspecify.annotations.NullMarked;
