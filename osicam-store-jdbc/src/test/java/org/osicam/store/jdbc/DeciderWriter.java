package org.osicam.store.jdbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.osicam.core.interact.Action;
import org.osicam.core.interact.Decider;
import org.osicam.core.interact.Decision;
import org.osicam.core.interact.DecisionContext;
import org.osicam.core.interact.InteractionPolicy;
import org.osicam.core.interact.PressureCap;
import org.osicam.core.kb.CustomerKnowledgeBase;
import org.osicam.core.kb.WriteBatch;
import org.osicam.core.model.Channel;
import org.osicam.core.model.Consent;
import org.osicam.core.model.Customer;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Purpose;

/**
 * Child JVM of {@link MultiProcessTest}: a {@link Decider} of its own over the shared base tries
 * {@code attempts} real-time decisions per customer with {@link Decider#decideAndRecord}, all at
 * {@link #NOW}; prints {@code READY}, waits for the go file, then prints {@code SENT n}.
 *
 * <p>Arguments: target ({@code h2:<dir>} or {@code pg:<schema>}), process index, attempts, go file.
 */
final class DeciderWriter {
  static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
  static final List<CustomerId> CUSTOMERS =
      List.of(CustomerId.of("D1"), CustomerId.of("D2"), CustomerId.of("D3"));

  /**
   * At most 2 e-mails a week and 3 contacts a month: 3 contacts per customer, 2 of them e-mails.
   */
  static final InteractionPolicy POLICY =
      InteractionPolicy.builder()
          .action(Action.builder("mail-promo").channels(Channel.EMAIL).value(10).build())
          .action(Action.builder("sms-promo").channels(Channel.SMS).value(5).build())
          .pressure(PressureCap.of(Channel.EMAIL, 2, Duration.ofDays(7)))
          .pressure(PressureCap.anyChannel(3, Duration.ofDays(30)))
          .build();

  private DeciderWriter() {}

  /** The customers with marketing consent on e-mail and SMS. */
  static WriteBatch customers() {
    WriteBatch.Builder b = WriteBatch.builder();
    for (CustomerId c : CUSTOMERS) {
      b.customer(Customer.of(c));
      for (Channel ch : List.of(Channel.EMAIL, Channel.SMS)) {
        b.consent(new Consent(c, Purpose.MARKETING, ch, true, NOW.minusSeconds(3600), null));
      }
    }
    return b.build();
  }

  public static void main(String[] args) throws Exception {
    String target = args[0];
    int process = Integer.parseInt(args[1]);
    int attempts = Integer.parseInt(args[2]);
    Path go = Path.of(args[3]);
    try (JdbcStore store = Targets.open(target)) {
      Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
      CustomerKnowledgeBase kb = CustomerKnowledgeBase.builder().store(store).clock(clock).build();
      Decider decider = POLICY.decider(kb).clock(clock).decisionIdPrefix("p" + process).build();
      System.out.println("READY");
      while (!Files.exists(go)) {
        Thread.sleep(5);
      }
      int sent = 0;
      for (int a = 0; a < attempts; a++) {
        for (CustomerId c : CUSTOMERS) {
          Decision d = decider.decideAndRecord(c, DecisionContext.now());
          if (d.contact()) {
            sent++;
          }
        }
      }
      System.out.println("SENT " + sent);
    }
  }
}
