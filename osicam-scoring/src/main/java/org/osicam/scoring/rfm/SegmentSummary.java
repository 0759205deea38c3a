package org.osicam.scoring.rfm;

/**
 * Totals of one RFM segment, as R's {@code rfm_segment_summary}.
 *
 * <p>Obtained from {@link RfmSegmentation#summary()}.
 *
 * @param segment the segment name or the default label
 * @param customers number of customers
 * @param orders total number of orders
 * @param revenue total amount
 */
public record SegmentSummary(String segment, long customers, double orders, double revenue) {

  /**
   * Average order value: revenue / orders.
   *
   * @return the average
   * @throws IllegalStateException if the segment has no order
   */
  public double averageOrderValue() {
    if (orders == 0) {
      throw new IllegalStateException("segment '" + segment + "' has no order");
    }
    return revenue / orders;
  }
}
