package org.osicam.scoring.events;

/**
 * Entry point for behaviour-change detection.
 *
 * <pre>{@code
 * ChangeDetector detector = BehaviourChange.detector()
 *     .rhythmBreakProbability(0.05)
 *     .aliveProbability(AliveProbability.fromScore(ScoreKey.of("clv.p_alive")), 0.3)
 *     .scoreCrossing(ScoreKey.of("clv.value"), 500, Crossing.DOWNWARD)
 *     .build();
 * List<CustomerEvent> events = detector.detect(history, Instant.parse("2024-06-01T00:00:00Z"));
 * }</pre>
 */
public final class BehaviourChange {
  private BehaviourChange() {}

  /**
   * A builder with the defaults: rhythm break below probability 0.05 after at least 3 repeat
   * purchases; spend shift over the last 90 days against earlier purchases (at least 3 before, 2
   * within, a change of at least 50 % and a Welch t of at least 2); no P(alive) source and no score
   * crossings.
   *
   * @return a new builder
   */
  public static ChangeDetector.Builder detector() {
    return ChangeDetector.builder();
  }
}
