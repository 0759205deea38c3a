package org.osicam.metrics.uplift;

/**
 * Group sizes that detect a given uplift.
 *
 * <pre>{@code
 * // detect +2 points on a 5 % conversion rate, alpha 0.05, power 0.8, 20 % held out
 * SampleSizePlan plan = SampleSize.plan(0.05, 0.02, 0.05, 0.8, 0.2);
 * long contacted = plan.treatment();
 * long heldOut = plan.control();
 * }</pre>
 *
 * @param treatment customers to contact
 * @param control customers to hold out
 */
public record SampleSizePlan(long treatment, long control) {

  /** Validates. */
  public SampleSizePlan {
    if (treatment <= 0 || control <= 0) {
      throw new IllegalArgumentException("group sizes must be positive");
    }
  }

  /** treatment + control. */
  public long total() {
    return treatment + control;
  }
}
