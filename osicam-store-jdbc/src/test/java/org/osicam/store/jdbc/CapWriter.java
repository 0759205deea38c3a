package org.osicam.store.jdbc;

import java.time.Instant;
import java.util.List;
import org.osicam.core.kb.WriteBatch;
import org.osicam.core.model.Channel;
import org.osicam.core.model.Consent;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Purpose;
import org.osicam.testing.store.KnowledgeBaseStoreContract;

/**
 * Child JVM of {@link MultiProcessTest}: tries {@code attempts} capped contacts per customer
 * through {@link JdbcStore#update}, and appends one consent per attempt; prints {@code SENT n}.
 *
 * <p>Arguments: target ({@code h2:<dir>} or {@code pg:<schema>}), process index, attempts, cap.
 */
final class CapWriter {
  static final List<CustomerId> CUSTOMERS = List.of(CustomerId.of("M1"), CustomerId.of("M2"));

  private CapWriter() {}

  public static void main(String[] args) throws Exception {
    String target = args[0];
    int process = Integer.parseInt(args[1]);
    int attempts = Integer.parseInt(args[2]);
    int cap = Integer.parseInt(args[3]);
    try (JdbcStore store = Targets.open(target)) {
      int sent = 0;
      for (int a = 0; a < attempts; a++) {
        for (CustomerId c : CUSTOMERS) {
          String id = "P" + process + "-" + a + "-" + c.value();
          sent +=
              store
                  .update(c, view -> KnowledgeBaseStoreContract.capped(view, c, id, cap))
                  .interactions()
                  .size();
          store.apply(
              WriteBatch.builder()
                  .consent(
                      new Consent(
                          c,
                          Purpose.MARKETING,
                          Channel.EMAIL,
                          a % 2 == 0,
                          Instant.ofEpochSecond(1_700_000_000L + process * 10_000L + a),
                          null))
                  .build());
        }
      }
      System.out.println("SENT " + sent);
    }
  }
}
