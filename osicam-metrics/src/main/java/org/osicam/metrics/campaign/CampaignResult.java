package org.osicam.metrics.campaign;

import org.osicam.metrics.internal.Checks;

/**
 * Campaign KPIs. Each rate throws {@link IllegalStateException} when its denominator is zero (check
 * the count it divides by first). Record equality on doubles follows {@link Double#compare}.
 *
 * @param contacts contact attempts
 * @param deliveries contacts delivered
 * @param responses contacts that got a response
 * @param orders orders attributed to the campaign (conversions)
 * @param buyers contacts with at least one order
 * @param revenue revenue of those orders
 * @param margin gross margin of those orders
 * @param cost campaign cost
 * @param newCustomers customers acquired (first purchase ever)
 */
public record CampaignResult(
    long contacts,
    long deliveries,
    long responses,
    long orders,
    long buyers,
    double revenue,
    double margin,
    double cost,
    long newCustomers) {

  /** Validates. */
  public CampaignResult {
    if (contacts < 0
        || deliveries < 0
        || deliveries > contacts
        || responses < 0
        || responses > deliveries
        || orders < 0
        || buyers < 0
        || buyers > contacts
        || newCustomers < 0) {
      throw new IllegalArgumentException("counts must be non-negative and consistent");
    }
    if (!Double.isFinite(revenue) || !Double.isFinite(margin) || !(cost >= 0)) {
      throw new IllegalArgumentException("amounts must be finite, cost non-negative");
    }
  }

  /** Response rate (taux de remontée): responses / deliveries. */
  public double responseRate() {
    return Checks.ratio(responses, deliveries, "deliveries");
  }

  /** Conversion rate (taux de transformation): orders / responses. */
  public double conversionRate() {
    return Checks.ratio(orders, responses, "responses");
  }

  /**
   * Efficiency rate (taux de rendement), our definition: orders / contacts — the yield of every
   * contact attempt, response rate × conversion rate when everything is delivered.
   */
  public double efficiencyRate() {
    return Checks.ratio(orders, contacts, "contacts");
  }

  /** Average revenue per sale (panier moyen): revenue / orders. */
  public double averageRevenuePerSale() {
    return Checks.ratio(revenue, orders, "orders");
  }

  /** Acquisition cost: cost / new customers. */
  public double acquisitionCost() {
    return Checks.ratio(cost, newCustomers, "new customers");
  }

  /** Cost per order: cost / orders. */
  public double costPerOrder() {
    return Checks.ratio(cost, orders, "orders");
  }

  /**
   * ROI: (gross margin − cost) / cost. This is the attributed, not the incremental, return: without
   * a control group it credits the campaign with sales that would have happened anyway. Use {@code
   * org.osicam.metrics.uplift.Uplift} for the incremental ROI.
   */
  public double roi() {
    return Checks.ratio(margin - cost, cost, "cost");
  }
}
