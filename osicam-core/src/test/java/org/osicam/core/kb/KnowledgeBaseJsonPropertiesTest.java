package org.osicam.core.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.osicam.core.model.Channel;
import org.osicam.core.model.Consent;
import org.osicam.core.model.Customer;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Direction;
import org.osicam.core.model.Instrument;
import org.osicam.core.model.Interaction;
import org.osicam.core.model.InteractionStatus;
import org.osicam.core.model.Purpose;
import org.osicam.core.model.Score;
import org.osicam.core.model.ScoreKey;
import org.osicam.core.model.SourceKey;
import org.osicam.core.model.SourceRecord;
import org.osicam.core.model.SurveyResponse;
import org.osicam.core.model.Transaction;

/** JSON export then import gives back the same knowledge base, for arbitrary model values. */
class KnowledgeBaseJsonPropertiesTest {

  @Property(tries = 60)
  void exportImportRoundTripIsExact(@ForAll("bases") WriteBatch content) throws IOException {
    CustomerKnowledgeBase original = CustomerKnowledgeBase.inMemory();
    original.apply(content);

    ByteArrayOutputStream json = new ByteArrayOutputStream();
    original.exportJson(json);
    CustomerKnowledgeBase copy = CustomerKnowledgeBase.inMemory();
    copy.importJson(new ByteArrayInputStream(json.toByteArray()));

    assertThat(copy.export()).isEqualTo(original.export());
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    copy.exportJson(again);
    assertThat(again.toString(java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(json.toString(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static Arbitrary<String> text() {
    // any unicode text, including quotes, newlines and emoji
    return Arbitraries.strings().ofMinLength(1).ofMaxLength(12).filter(s -> !s.isBlank());
  }

  private static Arbitrary<Instant> instants() {
    return Arbitraries.longs()
        .between(-2_000_000_000L, 4_000_000_000L)
        .flatMap(
            s ->
                Arbitraries.integers()
                    .between(0, 999_999_999)
                    .map(n -> Instant.ofEpochSecond(s, n)));
  }

  @Provide
  Arbitrary<WriteBatch> bases() {
    Arbitrary<Integer> customers = Arbitraries.integers().between(1, 4);
    return customers.flatMap(
        n ->
            Combinators.combine(
                    attributeMaps().list().ofSize(n),
                    instants().list().ofMinSize(0).ofMaxSize(6),
                    Arbitraries.bigDecimals()
                        .between(new BigDecimal("-1000"), new BigDecimal("100000"))
                        .ofScale(2)
                        .list()
                        .ofSize(6),
                    text().injectNull(0.3).list().ofSize(6),
                    Arbitraries.integers().between(0, 10).list().ofSize(6),
                    Arbitraries.doubles().between(-1e9, 1e9).list().ofSize(6))
                .as(
                    (attrs, times, amounts, notes, ints, doubles) ->
                        batch(attrs, times, amounts, notes, ints, doubles)));
  }

  private static Arbitrary<Map<String, String>> attributeMaps() {
    return Arbitraries.maps(Arbitraries.of("given_name", "email", "phone", "x_custom"), text())
        .ofMaxSize(4);
  }

  private static WriteBatch batch(
      List<Map<String, String>> attrs,
      List<Instant> times,
      List<BigDecimal> amounts,
      List<String> notes,
      List<Integer> ints,
      List<Double> doubles) {
    WriteBatch.Builder b = WriteBatch.builder();
    List<CustomerId> ids = new ArrayList<>();
    for (int i = 0; i < attrs.size(); i++) {
      CustomerId id = CustomerId.of("C\"" + i + "é");
      ids.add(id);
      SourceKey key = new SourceKey("sys," + i, "k\n" + i);
      Customer.Builder c = Customer.builder(id).alias(CustomerId.of("old-" + i));
      attrs.get(i).forEach((k, v) -> c.attribute(k, v.strip().isEmpty() ? "x" : v, key));
      c.source(key);
      b.customer(c.build());
      Map<String, String> raw = new HashMap<>(attrs.get(i));
      b.sourceRecord(new SourceRecord(key, raw, times.isEmpty() ? null : times.get(0)));
    }
    for (int t = 0; t < times.size(); t++) {
      CustomerId id = ids.get(t % ids.size());
      Instant when = times.get(t);
      String note = notes.get(t);
      b.transaction(
          new Transaction(
              "T" + t,
              id,
              when,
              amounts.get(t),
              "EUR",
              List.of("p" + t, "q"),
              note,
              amounts.get((t + 1) % 6)));
      Interaction.Builder ib =
          Interaction.builder("I" + t, id, Channel.values()[t % Channel.values().length], when)
              .purpose(t % 2 == 0 ? Purpose.MARKETING : Purpose.SERVICE)
              .direction(t % 3 == 0 ? Direction.INBOUND : Direction.OUTBOUND)
              .status(InteractionStatus.values()[t % InteractionStatus.values().length])
              .control(t % 2 == 1);
      if (note != null) {
        ib.note(note).actionId("a" + t);
      }
      b.interaction(ib.build());
      b.consent(
          new Consent(
              id,
              Purpose.MARKETING,
              Channel.EMAIL,
              t % 2 == 0,
              when,
              t % 3 == 0 ? null : when.plusSeconds(1)));
      b.surveyResponse(new SurveyResponse("R" + t, id, Instrument.NPS, ints.get(t), when, note));
      b.score(new Score(id, ScoreKey.of("k" + t), doubles.get(t), note, when));
    }
    return b.build();
  }
}
