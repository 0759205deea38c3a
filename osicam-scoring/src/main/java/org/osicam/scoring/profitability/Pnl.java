package org.osicam.scoring.profitability;

/**
 * Amounts of a P&amp;L (of a customer, a customer in a period, or a segment). All amounts are in
 * the transactions' single currency; costs are positive numbers.
 *
 * <p>Obtained from {@link CustomerPnl#pnl()}, {@link SegmentPnl#pnl()} or {@link
 * ProfitabilityReport#overall()}.
 *
 * @param revenue sum of transaction amounts (refunds negative)
 * @param costOfGoods cost of the goods sold
 * @param costToServe cost of the counted interactions
 * @param acquisitionCost acquisition cost charged here
 * @param transactions number of transactions
 * @param interactions number of interactions that carried a cost to serve
 */
public record Pnl(
    double revenue,
    double costOfGoods,
    double costToServe,
    double acquisitionCost,
    long transactions,
    long interactions) {

  /** The empty P&amp;L. */
  public static final Pnl ZERO = new Pnl(0, 0, 0, 0, 0, 0);

  /** Revenue minus cost of goods. */
  public double grossMargin() {
    return revenue - costOfGoods;
  }

  /** Gross margin minus cost to serve minus acquisition cost. */
  public double contributionMargin() {
    return revenue - costOfGoods - costToServe - acquisitionCost;
  }

  /**
   * The sum of two P&amp;Ls.
   *
   * @param o the other
   * @return the sum
   */
  public Pnl plus(Pnl o) {
    return new Pnl(
        revenue + o.revenue,
        costOfGoods + o.costOfGoods,
        costToServe + o.costToServe,
        acquisitionCost + o.acquisitionCost,
        transactions + o.transactions,
        interactions + o.interactions);
  }
}
