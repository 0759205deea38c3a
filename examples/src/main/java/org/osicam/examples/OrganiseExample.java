package org.osicam.examples;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.osicam.core.consolidation.Consolidation;
import org.osicam.core.consolidation.ConsolidationConfig;
import org.osicam.core.consolidation.Consolidator;
import org.osicam.core.consolidation.Explanation;
import org.osicam.core.kb.CustomerKnowledgeBase;
import org.osicam.core.model.Customer;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.SourceKey;
import org.osicam.core.model.SourceRecord;
import org.osicam.testing.PersonRecordGenerator;

/**
 * Organise: consolidate records from several systems into golden customers, explain a match, add a
 * new record incrementally, write the result into the knowledge base and erase a customer.
 */
public final class OrganiseExample {
  private OrganiseExample() {}

  /** Runs the example and returns a one-line summary. */
  public static String run() {
    List<SourceRecord> records =
        new ArrayList<>(
            PersonRecordGenerator.builder().seed(1).records(2_000).build().generate().records());
    SourceRecord shop =
        record(
            "webshop",
            "W-1",
            "2024-01-05T10:00:00Z",
            "given_name=Anne; family_name=Martin; email=anne@example.org;"
                + " birth_date=03/04/1980; phone=06 12 34 56 78");
    SourceRecord store =
        record(
            "store",
            "S-9",
            "2024-03-01T09:00:00Z",
            "given_name=ANNE; family_name=Martin; email=Anne@Example.org;"
                + " birth_date=1980-04-03; phone=+33 6 12 34 56 78");
    records.add(shop);
    records.add(store);

    Consolidation result =
        Consolidator.builder()
            .config(ConsolidationConfig.defaults().toBuilder().defaultRegion("FR").build())
            .build()
            .consolidate(records);
    CustomerId anne = result.customerIdOf(shop.key()).orElseThrow();
    Explanation why = result.explain(shop.key(), store.key());

    // a new record from the call centre joins the same customer
    SourceRecord call =
        record(
            "callcentre",
            "C-3",
            null,
            "given_name=Anne; family_name=Martin; phone=0612345678; birth_date=19800403");
    CustomerId joined = result.add(call);

    CustomerKnowledgeBase kb = CustomerKnowledgeBase.inMemory();
    result.writeTo(kb);
    kb.addErasureListener(result::erase);
    Customer golden = kb.customer(anne).orElseThrow();
    int before = result.links().size();
    long customers = result.stats().customers();
    kb.erase(anne);
    return String.format(
        Locale.ROOT,
        "%d records -> %d customers; Anne: %d records, phone %s, p=%.3f; call centre joined %s;"
            + " erased %d records",
        records.size(),
        customers,
        golden.sources().size(),
        golden.attributes().get("phone"),
        why.probability(),
        joined.equals(anne) ? "yes" : "no",
        before - result.links().size());
  }

  /** A source record from {@code attribute=value} pairs separated by {@code "; "}. */
  private static SourceRecord record(
      String system, String id, @Nullable String updatedAt, String attributes) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String attribute : attributes.split("; ", -1)) {
      int eq = attribute.indexOf('=');
      values.put(attribute.substring(0, eq), attribute.substring(eq + 1));
    }
    return new SourceRecord(
        new SourceKey(system, id), values, updatedAt == null ? null : Instant.parse(updatedAt));
  }
}
