/**
 * OSICAM core: the customer model ({@link org.osicam.core.model}), the knowledge base ({@link
 * org.osicam.core.kb}) and the few types every module shares: {@link
 * org.osicam.core.InvalidDataException} for bad data and {@link org.osicam.core.ProgressListener}
 * for long operations.
 */
@NullMarked
package org.osicam.core;

import org.jspecify.annotations.NullMarked;
