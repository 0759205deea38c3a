/**
 * The front door: {@link org.osicam.loop.Osicam} wires the whole loop (Organise, Segment, Interact,
 * Collect, Feed, Measure) over one knowledge base. Each step remains usable alone through its own
 * module's API.
 */
@NullMarked
package org.osicam.loop;

import org.jspecify.annotations.NullMarked;
