package org.osicam.scoring.rfm;

/**
 * One customer's RFM values and scores.
 *
 * <p>Obtained from {@link RfmResult#get(int)} or {@link RfmResult#scores()}.
 *
 * @param customerId the customer
 * @param recencyDays days from the last order to the as-of date
 * @param frequency number of orders
 * @param monetary total amount
 * @param r recency score (higher = more recent)
 * @param f frequency score
 * @param m monetary score
 */
public record RfmScore(
    String customerId, double recencyDays, double frequency, double monetary, int r, int f, int m) {

  /** The RFM cell {@code 100 r + 10 f + m} (bins are at most 9). */
  public int cell() {
    return 100 * r + 10 * f + m;
  }
}
