package org.osicam.core.interact;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.osicam.core.event.CustomerEvent;
import org.osicam.core.event.EventType;
import org.osicam.core.kb.CustomerKnowledgeBase;
import org.osicam.core.kb.WriteBatch;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Interaction;
import org.osicam.core.model.Score;
import org.osicam.core.model.ScoreKey;
import org.osicam.core.segment.EvaluationContext;
import org.osicam.core.segment.Membership;
import org.osicam.core.segment.SegmentMap;

/** {@link FeedListener#resegment}: incremental re-segmentation of the fed customer. */
final class Resegmenter implements FeedListener {
  private final SegmentMap map;
  private final ScoreKey key;
  private final Duration lookback;

  Resegmenter(SegmentMap map, ScoreKey key, Duration lookback) {
    this.map = Objects.requireNonNull(map, "map");
    this.key = Objects.requireNonNull(key, "key");
    this.lookback = Objects.requireNonNull(lookback, "lookback");
  }

  @Override
  public List<CustomerEvent> onFeed(
      CustomerKnowledgeBase kb, CustomerId customerId, Interaction outcome) {
    CustomerState state = CustomerState.from(kb, customerId, outcome.timestamp(), lookback);
    Membership m =
        map.assign(
            new SegmentRuleEligibility.StateProfile(state, map.schema()),
            EvaluationContext.asOf(outcome.timestamp()));
    @Nullable Score previous = kb.score(customerId, key).orElse(null);
    String before = previous == null ? null : previous.label();
    if (m.segment().equals(before)) {
      return List.of();
    }
    int index = -1;
    for (int i = 0; i < map.segments().size(); i++) {
      if (map.segments().get(i).name().equals(m.segment())) {
        index = i;
      }
    }
    kb.apply(
        WriteBatch.builder()
            .score(new Score(customerId, key, index, m.segment(), outcome.timestamp()))
            .build());
    if (before == null) {
      return List.of(); // a first assignment is not a move
    }
    return List.of(
        CustomerEvent.builder(customerId, EventType.SEGMENT_MOVE, outcome.timestamp())
            .label("from", before)
            .label("to", m.segment())
            .build());
  }
}
