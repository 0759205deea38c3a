package org.osicam.metrics.uplift;

/**
 * Group sizes that detect a given uplift.
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
