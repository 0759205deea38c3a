/**
 * The behavioural contract of the knowledge-base storage SPI as a JUnit 5 test class to extend:
 * {@link org.osicam.testing.store.KnowledgeBaseStoreContract}.
 */
@NullMarked
package org.osicam.testing.store;

import org.jspecify.annotations.NullMarked;
