package org.osicam.core.interact;

import java.util.List;
import org.osicam.core.event.CustomerEvent;
import org.osicam.core.kb.CustomerKnowledgeBase;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Interaction;

/**
 * The host's hook into the learning loop: called after an outcome has been written to the knowledge
 * base, it re-scores and re-segments the affected customer incrementally and returns the events
 * that this produced (a segment move, a score crossing), which the {@link Collector} passes to its
 * {@link Decider}'s event triggers.
 *
 * <pre>{@code
 * FeedListener rescore = (kb, id, outcome) -> segmentTracker.update(kb, id);
 * }</pre>
 */
@FunctionalInterface
public interface FeedListener {
  /**
   * @param kb the knowledge base, already updated
   * @param customerId the affected customer
   * @param outcome the interaction just recorded
   * @return events produced by re-scoring (may be empty)
   */
  List<CustomerEvent> onFeed(CustomerKnowledgeBase kb, CustomerId customerId, Interaction outcome);
}
