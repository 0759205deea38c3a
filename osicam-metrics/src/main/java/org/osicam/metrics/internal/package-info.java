/** Implementation shared by the metrics packages. Not part of the API: may change at any time. */
@NullMarked
package org.osicam.metrics.internal;

import org.jspecify.annotations.NullMarked;
