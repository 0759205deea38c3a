package org.osicam.examples;

import java.math.BigDecimal;
import java.time.Instant;
import org.osicam.core.kb.CustomerKnowledgeBase;
import org.osicam.core.kb.ErasureReport;
import org.osicam.core.kb.WriteBatch;
import org.osicam.core.model.Customer;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.SourceKey;
import org.osicam.core.model.Transaction;

/** The knowledge base (docs/knowledge-base.md): one customer, a purchase, a lookup, an erasure. */
public final class KnowledgeBaseExample {
  private KnowledgeBaseExample() {}

  /**
   * Runs the example.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    CustomerKnowledgeBase kb = CustomerKnowledgeBase.inMemory();
    CustomerId anne = CustomerId.of("C1");
    SourceKey shop = new SourceKey("webshop", "U-1187");
    kb.apply(
        WriteBatch.builder()
            .customer(Customer.builder(anne).attribute("email", "anne@example.org", shop).build())
            .transaction(
                Transaction.of(
                    "T1",
                    anne,
                    Instant.parse("2024-03-01T12:00:00Z"),
                    new BigDecimal("49.90"),
                    "EUR"))
            .build());
    Customer found = kb.customerBySourceKey(shop).orElseThrow();
    System.out.println(found.id() + " bought " + kb.transactions(anne).size() + " time(s)");
    ErasureReport erased = kb.erase(anne);
    System.out.println("erased " + erased.total() + " records");
  }
}
