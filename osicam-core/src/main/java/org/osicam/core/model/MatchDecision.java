package org.osicam.core.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;

/**
 * A human decision about two source records: they are the same person ({@code match = true}) or
 * they are not. Decisions persist in the knowledge base and always win over computed scores.
 *
 * <p>The pair is unordered: the compact constructor puts the smaller key first, so {@code (a, b)}
 * and {@code (b, a)} give equal decisions. A later decision on the same pair replaces an earlier
 * one.
 *
 * <pre>{@code
 * MatchDecision d = MatchDecision.nonMatch(new SourceKey("shop", "1"), new SourceKey("crm", "9"),
 *     Instant.parse("2024-05-01T10:00:00Z"), "agent-17");
 * }</pre>
 *
 * @param left the smaller of the two source keys
 * @param right the larger of the two source keys
 * @param match {@code true} to assert a match, {@code false} to assert a non-match
 * @param decidedAt when the decision was taken
 * @param decidedBy who took it (an operator id, never personal data about the customer), or {@code
 *     null}
 */
public record MatchDecision(
    SourceKey left, SourceKey right, boolean match, Instant decidedAt, @Nullable String decidedBy) {

  /** Validates and orders the pair. */
  public MatchDecision {
    Checks.nonNull(left, "matchDecision.left");
    Checks.nonNull(right, "matchDecision.right");
    Checks.nonNull(decidedAt, "matchDecision.decidedAt");
    if (left.equals(right)) {
      throw new InvalidDataException(
          "matchDecision.right", "a different record than matchDecision.left", right.toString());
    }
    if (left.compareTo(right) > 0) {
      SourceKey t = left;
      left = right;
      right = t;
    }
  }

  /**
   * Asserts that two records are the same person.
   *
   * @param a one record
   * @param b another record
   * @param decidedAt when
   * @param decidedBy who, or {@code null}
   * @return the decision
   */
  public static MatchDecision match(
      SourceKey a, SourceKey b, Instant decidedAt, @Nullable String decidedBy) {
    return new MatchDecision(a, b, true, decidedAt, decidedBy);
  }

  /**
   * Asserts that two records are different people.
   *
   * @param a one record
   * @param b another record
   * @param decidedAt when
   * @param decidedBy who, or {@code null}
   * @return the decision
   */
  public static MatchDecision nonMatch(
      SourceKey a, SourceKey b, Instant decidedAt, @Nullable String decidedBy) {
    return new MatchDecision(a, b, false, decidedAt, decidedBy);
  }

  /**
   * Whether this decision is about the given record.
   *
   * @param key a source key
   * @return {@code true} when {@code key} is one side of the pair
   */
  public boolean involves(SourceKey key) {
    return left.equals(key) || right.equals(key);
  }
}
