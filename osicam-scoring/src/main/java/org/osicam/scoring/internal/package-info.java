/** Implementation helpers shared by the scoring packages; not part of the API. */
@NullMarked
package org.osicam.scoring.internal;

import org.jspecify.annotations.NullMarked;
