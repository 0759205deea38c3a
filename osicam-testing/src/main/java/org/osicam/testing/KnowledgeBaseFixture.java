package org.osicam.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.osicam.core.kb.CustomerKnowledgeBase;
import org.osicam.core.kb.WriteBatch;
import org.osicam.core.model.Channel;
import org.osicam.core.model.Consent;
import org.osicam.core.model.Customer;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Purpose;
import org.osicam.core.model.Score;
import org.osicam.core.model.ScoreKey;
import org.osicam.core.model.Transaction;

/**
 * Builds small hand-made knowledge bases for unit tests, with dates as {@code yyyy-MM-dd} text.
 *
 * <pre>{@code
 * CustomerKnowledgeBase kb = KnowledgeBaseFixture.create()
 *     .customer("C1", Map.of("email", "anne@example.org"))
 *     .purchase("C1", "2024-01-05", 25.0)
 *     .consent("C1", Purpose.MARKETING, Channel.EMAIL, "2023-12-01")
 *     .build();
 * }</pre>
 */
public final class KnowledgeBaseFixture {
  private final WriteBatch.Builder batch = WriteBatch.builder();
  private int transactions;

  private KnowledgeBaseFixture() {}

  /** Starts an empty fixture. */
  public static KnowledgeBaseFixture create() {
    return new KnowledgeBaseFixture();
  }

  /**
   * @param id customer id
   * @param attributes attributes of the golden record
   * @return this fixture
   */
  public KnowledgeBaseFixture customer(String id, Map<String, String> attributes) {
    Customer.Builder b = Customer.builder(CustomerId.of(id));
    attributes.forEach(b::attribute);
    batch.customer(b.build());
    return this;
  }

  /**
   * @param id customer id
   * @return this fixture
   */
  public KnowledgeBaseFixture customer(String id) {
    return customer(id, Map.of());
  }

  /**
   * Adds a purchase in EUR at noon UTC.
   *
   * @param customerId customer id
   * @param date yyyy-MM-dd
   * @param amount revenue
   * @return this fixture
   */
  public KnowledgeBaseFixture purchase(String customerId, String date, double amount) {
    batch.transaction(
        Transaction.of(
            "T" + (++transactions),
            CustomerId.of(customerId),
            day(date).plusSeconds(12 * 3600),
            BigDecimal.valueOf(amount),
            "EUR"));
    return this;
  }

  /**
   * Adds a consent grant without expiry.
   *
   * @param customerId customer id
   * @param purpose purpose
   * @param channel channel
   * @param date yyyy-MM-dd
   * @return this fixture
   */
  public KnowledgeBaseFixture consent(
      String customerId, Purpose purpose, Channel channel, String date) {
    batch.consent(new Consent(CustomerId.of(customerId), purpose, channel, true, day(date), null));
    return this;
  }

  /**
   * Adds a numeric score computed at {@link FixedClock#DEFAULT_INSTANT}.
   *
   * @param customerId customer id
   * @param key score key
   * @param value finite value
   * @return this fixture
   */
  public KnowledgeBaseFixture score(String customerId, String key, double value) {
    batch.score(
        Score.of(CustomerId.of(customerId), ScoreKey.of(key), value, FixedClock.DEFAULT_INSTANT));
    return this;
  }

  /** The writes collected so far. */
  public WriteBatch batch() {
    return batch.build();
  }

  /** A new in-memory knowledge base with a fixed clock holding the writes. */
  public CustomerKnowledgeBase build() {
    CustomerKnowledgeBase kb = CustomerKnowledgeBase.builder().clock(FixedClock.utc()).build();
    kb.apply(batch.build());
    return kb;
  }

  private static Instant day(String date) {
    return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
