package org.osicam.metrics.campaign;

import org.osicam.core.InvalidDataException;
import org.osicam.metrics.MetricAccumulator;
import org.osicam.metrics.internal.Checks;

/**
 * Accumulates campaign contacts and their outcomes. Mutable and not thread-safe: one per thread,
 * then {@link #merge}. Obtain from {@link Campaigns#accumulator()}.
 */
public final class CampaignAccumulator
    implements MetricAccumulator<CampaignAccumulator, CampaignResult> {
  private long contacts;
  private long deliveries;
  private long responses;
  private long orders;
  private long buyers;
  private double revenue;
  private double margin;
  private double cost;
  private long newCustomers;

  CampaignAccumulator() {}

  /**
   * Adds one contact attempt and its outcome.
   *
   * @param delivered whether the message reached the customer
   * @param responded whether the customer responded (click, call, visit, reply)
   * @param contactOrders orders attributed to the contact, 0 or more
   * @param contactRevenue revenue of those orders
   * @param contactMargin gross margin of those orders (pass the revenue when unknown; ROI is then
   *     overstated)
   * @return this accumulator
   * @throws InvalidDataException on a negative order count, a non-finite amount or a response to an
   *     undelivered contact
   */
  public CampaignAccumulator addContact(
      boolean delivered,
      boolean responded,
      int contactOrders,
      double contactRevenue,
      double contactMargin) {
    if (contactOrders < 0) {
      throw new InvalidDataException("orders", "a non-negative integer", "" + contactOrders);
    }
    if (responded && !delivered) {
      throw new InvalidDataException(
          "responded", "false for a contact that was not delivered", "true");
    }
    if (!Double.isFinite(contactRevenue) || !Double.isFinite(contactMargin)) {
      throw new InvalidDataException(
          "revenue", "a finite number", contactRevenue + "/" + contactMargin);
    }
    contacts++;
    if (delivered) {
      deliveries++;
    }
    if (responded) {
      responses++;
    }
    if (contactOrders > 0) {
      orders += contactOrders;
      buyers++;
    }
    revenue += contactRevenue;
    margin += contactMargin;
    return this;
  }

  /**
   * Adds campaign cost (production, sending, incentives, sales time).
   *
   * @param amount non-negative and finite
   * @return this accumulator
   * @throws InvalidDataException if negative or not finite
   */
  public CampaignAccumulator addCost(double amount) {
    cost += Checks.nonNegativeAmount("cost", amount);
    return this;
  }

  /**
   * Adds customers acquired by the campaign (first purchase ever), for the acquisition cost.
   *
   * @param count non-negative
   * @return this accumulator
   * @throws InvalidDataException if negative
   */
  public CampaignAccumulator addNewCustomers(long count) {
    if (count < 0) {
      throw new InvalidDataException("newCustomers", "non-negative", "" + count);
    }
    newCustomers += count;
    return this;
  }

  @Override
  public void merge(CampaignAccumulator o) {
    contacts += o.contacts;
    deliveries += o.deliveries;
    responses += o.responses;
    orders += o.orders;
    buyers += o.buyers;
    revenue += o.revenue;
    margin += o.margin;
    cost += o.cost;
    newCustomers += o.newCustomers;
  }

  @Override
  public long count() {
    return contacts;
  }

  @Override
  public CampaignResult snapshot() {
    return new CampaignResult(
        contacts, deliveries, responses, orders, buyers, revenue, margin, cost, newCustomers);
  }
}
