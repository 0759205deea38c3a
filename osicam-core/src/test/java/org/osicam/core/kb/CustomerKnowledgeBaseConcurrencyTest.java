package org.osicam.core.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.osicam.core.model.Customer;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Transaction;

/**
 * Checks the documented guarantee: with concurrent writers and readers, every batch is seen whole
 * or not at all, and no write is lost.
 */
class CustomerKnowledgeBaseConcurrencyTest {
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final int CUSTOMERS = 8;
  private static final int WRITERS = 4;
  private static final int BATCHES_PER_WRITER = 300;
  private static final int TX_PER_BATCH = 5;

  @Test
  void readersNeverSeeHalfABatchAndNoWriteIsLost() throws Exception {
    CustomerKnowledgeBase kb = CustomerKnowledgeBase.inMemory();
    WriteBatch.Builder init = WriteBatch.builder();
    for (int c = 0; c < CUSTOMERS; c++) {
      init.customer(Customer.of(CustomerId.of("C" + c)));
    }
    kb.apply(init.build());

    ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 2);
    CountDownLatch start = new CountDownLatch(1);
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger torn = new AtomicInteger();
    AtomicInteger reads = new AtomicInteger();
    List<Future<?>> writers = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      writers.add(
          pool.submit(
              () -> {
                start.await();
                for (int b = 0; b < BATCHES_PER_WRITER; b++) {
                  CustomerId c = CustomerId.of("C" + ((writer + b) % CUSTOMERS));
                  WriteBatch.Builder batch = WriteBatch.builder();
                  for (int t = 0; t < TX_PER_BATCH; t++) {
                    batch.transaction(
                        Transaction.of(
                            "W" + writer + "-B" + b + "-T" + t,
                            c,
                            T0.plusSeconds(b * 60L + t),
                            BigDecimal.ONE,
                            "EUR"));
                  }
                  kb.apply(batch.build());
                }
                return null;
              }));
    }
    List<Future<?>> readers = new ArrayList<>();
    for (int r = 0; r < 2; r++) {
      readers.add(
          pool.submit(
              () -> {
                start.await();
                while (writing.get()) {
                  for (int c = 0; c < CUSTOMERS; c++) {
                    int n = kb.transactions(CustomerId.of("C" + c)).size();
                    if (n % TX_PER_BATCH != 0) {
                      torn.incrementAndGet();
                    }
                    reads.incrementAndGet();
                  }
                  int[] total = {0};
                  kb.forEachTransaction(Instant.MIN, Instant.MAX, t -> total[0]++);
                  if (total[0] % TX_PER_BATCH != 0) {
                    torn.incrementAndGet();
                  }
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> f : writers) {
      f.get(60, TimeUnit.SECONDS);
    }
    writing.set(false);
    for (Future<?> f : readers) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(torn.get()).isZero();
    assertThat(reads.get()).isPositive();
    int total = 0;
    for (int c = 0; c < CUSTOMERS; c++) {
      total += kb.transactions(CustomerId.of("C" + c)).size();
    }
    assertThat(total).isEqualTo(WRITERS * BATCHES_PER_WRITER * TX_PER_BATCH);
  }
}
