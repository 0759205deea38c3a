package org.osicam.core.interact;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.osicam.core.event.CustomerEvent;
import org.osicam.core.kb.CustomerKnowledgeBase;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Interaction;
import org.osicam.core.model.ScoreKey;
import org.osicam.core.segment.SegmentMap;

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

  /**
   * A listener that re-segments the fed customer with a segment map: it reads his state from the
   * knowledge base (the interactions of {@code lookback} before the outcome), assigns his segment,
   * stores it as the score {@code key} (label: the segment; value: its index in the map, -1 for the
   * default label) and, when it changed, returns a {@link
   * org.osicam.core.event.EventType#SEGMENT_MOVE} event with labels {@code from} and {@code to}.
   * Maps whose rules rank percentiles need a reference population and are not supported here.
   *
   * @param map the segment map
   * @param key the score key that holds the current segment
   * @param lookback how much contact history the rules see
   * @return the listener
   */
  static FeedListener resegment(SegmentMap map, ScoreKey key, Duration lookback) {
    return new Resegmenter(map, key, lookback);
  }

  /**
   * Runs several listeners in order and concatenates their events.
   *
   * @param listeners the listeners
   * @return the combined listener
   */
  static FeedListener all(FeedListener... listeners) {
    List<FeedListener> list = List.of(listeners);
    return (kb, id, outcome) -> {
      List<CustomerEvent> events = new ArrayList<>();
      for (FeedListener l : list) {
        events.addAll(l.onFeed(kb, id, outcome));
      }
      return events;
    };
  }
}
