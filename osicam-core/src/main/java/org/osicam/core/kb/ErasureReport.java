package org.osicam.core.kb;

import org.osicam.core.model.CustomerId;

/**
 * What {@link CustomerKnowledgeBase#erase(CustomerId)} removed. Counts only: the report itself
 * holds no personal data and may be logged or kept as proof of erasure.
 *
 * <pre>{@code
 * ErasureReport erased = kb.erase(CustomerId.of("C1"));
 * System.out.println("erased " + erased.total() + " records");
 * int transactions = erased.transactions();
 * }</pre>
 *
 * @param customerId the erased customer
 * @param customers golden records removed (0 or 1)
 * @param sourceRecords source records removed
 * @param identityLinks identity-map entries removed
 * @param transactions transactions removed
 * @param interactions interactions removed
 * @param consents consents removed
 * @param surveyResponses survey responses removed
 * @param scores scores removed
 * @param matchDecisions manual match decisions removed (those naming one of the customer's source
 *     records)
 */
public record ErasureReport(
    CustomerId customerId,
    int customers,
    int sourceRecords,
    int identityLinks,
    int transactions,
    int interactions,
    int consents,
    int surveyResponses,
    int scores,
    int matchDecisions) {

  /**
   * A report without match decisions (the shape before consolidation existed).
   *
   * @param customerId the erased customer
   * @param customers golden records removed (0 or 1)
   * @param sourceRecords source records removed
   * @param identityLinks identity-map entries removed
   * @param transactions transactions removed
   * @param interactions interactions removed
   * @param consents consents removed
   * @param surveyResponses survey responses removed
   * @param scores scores removed
   */
  public ErasureReport(
      CustomerId customerId,
      int customers,
      int sourceRecords,
      int identityLinks,
      int transactions,
      int interactions,
      int consents,
      int surveyResponses,
      int scores) {
    this(
        customerId,
        customers,
        sourceRecords,
        identityLinks,
        transactions,
        interactions,
        consents,
        surveyResponses,
        scores,
        0);
  }

  /** Total number of records removed. */
  public int total() {
    return customers
        + sourceRecords
        + identityLinks
        + transactions
        + interactions
        + consents
        + surveyResponses
        + scores
        + matchDecisions;
  }
}
