/** Implementation shared across scoring packages; not part of the API, may change any time. */
@NullMarked
package org.osicam.scoring.internal;

import org.jspecify.annotations.NullMarked;
