package org.osicam.cli.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import org.osicam.cli.report.Charts;
import org.osicam.cli.report.HtmlReport;
import org.osicam.core.consolidation.Consolidation;
import org.osicam.core.consolidation.ConsolidationStats;
import org.osicam.core.consolidation.Explanation;
import org.osicam.core.interact.Action;
import org.osicam.core.interact.Collector;
import org.osicam.core.interact.Decision;
import org.osicam.core.interact.ExpectedValue;
import org.osicam.core.interact.InteractionPolicy;
import org.osicam.core.interact.Plan;
import org.osicam.core.interact.PressureCap;
import org.osicam.core.interact.QuietHours;
import org.osicam.core.interact.RefusalRule;
import org.osicam.core.kb.CustomerKnowledgeBase;
import org.osicam.core.kb.WriteBatch;
import org.osicam.core.model.Channel;
import org.osicam.core.model.Consent;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Instrument;
import org.osicam.core.model.InteractionStatus;
import org.osicam.core.model.Purpose;
import org.osicam.core.model.Score;
import org.osicam.core.model.SourceKey;
import org.osicam.core.model.SurveyResponse;
import org.osicam.core.model.Transaction;
import org.osicam.core.segment.Assignment;
import org.osicam.core.segment.Rule;
import org.osicam.core.segment.Schema;
import org.osicam.core.segment.SegmentMap;
import org.osicam.loop.Osicam;
import org.osicam.metrics.Interval;
import org.osicam.metrics.survey.NpsResult;
import org.osicam.metrics.uplift.UpliftResult;
import org.osicam.scoring.affinity.AssociationRules;
import org.osicam.scoring.affinity.Baskets;
import org.osicam.scoring.affinity.RuleSet;
import org.osicam.scoring.clv.CustomerSummaries;
import org.osicam.scoring.matrix.Axis;
import org.osicam.scoring.matrix.MatrixPlacement;
import org.osicam.scoring.matrix.RelationalMatrix;
import org.osicam.scoring.rfm.RfmResult;
import org.osicam.testing.BasketGenerator;

/**
 * The whole loop on bundled data: Organise → Segment → Interact → Collect → Feed → Measure, and the
 * HTML report of it. Deterministic for a seed.
 */
public final class Demo {
  /** Calibration end: the scoring and campaign date (CDNOW: 39 weeks after 1997-01-01). */
  static final LocalDate AS_OF = LocalDate.of(1997, 9, 30);

  /** End of the CDNOW log. */
  static final LocalDate END = LocalDate.of(1998, 6, 30);

  private final long seed;
  private final PrintStream log;

  /**
   * @param seed seed of every generated input and of the control groups
   * @param log where progress lines go (stderr)
   */
  public Demo(long seed, PrintStream log) {
    this.seed = seed;
    this.log = log;
  }

  /** What the demo computed, for the summary on stderr and for tests. */
  public record Summary(
      long records,
      long customers,
      long transactions,
      double bgNbdR,
      double bgNbdAlpha,
      double bgNbdA,
      double bgNbdB,
      long contacts,
      long controls,
      Map<String, Long> segments,
      double overallUplift,
      double overallNps,
      String html) {}

  /**
   * Runs the loop.
   *
   * @return the summary, with the report's HTML
   */
  public Summary run() {
    long t0 = System.nanoTime();
    CustomerKnowledgeBase kb = CustomerKnowledgeBase.inMemory();
    Osicam osicam = Osicam.builder().knowledgeBase(kb).build();
    HtmlReport report = new HtmlReport("OSICAM demo — the customer-knowledge loop on CDNOW");

    // ---------- O: Organise
    List<DemoData.Purchase> purchases = DemoData.cdnow();
    List<String> cdnowIds = purchases.stream().map(DemoData.Purchase::customer).distinct().toList();
    Map<String, DemoData.Person> people = DemoData.people(cdnowIds, seed);
    var records = DemoData.records(people, seed);
    Consolidation organised = osicam.organise(records);
    ConsolidationStats stats = organised.stats();
    step(
        "organise",
        "%d records from 3 systems -> %d customers (%d candidate pairs, %d matches)",
        stats.records(),
        stats.customers(),
        stats.candidatePairs(),
        stats.matchedPairs());
    long webshopCustomers =
        cdnowIds.stream()
            .map(c -> organised.customerIdOf(new SourceKey("webshop", c)).orElseThrow())
            .distinct()
            .count();
    step(
        "organise",
        "%d people behind %d web-shop accounts: %d accounts wrongly merged, %d extra customers"
            + " from missed links",
        cdnowIds.size(),
        webshopCustomers,
        cdnowIds.size() - webshopCustomers,
        stats.customers() - webshopCustomers);

    // purchases, consents and survey answers land on the golden customers
    Map<String, CustomerId> golden = new HashMap<>();
    for (String c : cdnowIds) {
      golden.put(c, kb.customerIdOf(new SourceKey("webshop", c)).orElseThrow());
    }
    WriteBatch.Builder batch = WriteBatch.builder();
    int n = 0;
    Map<CustomerId, Integer> purchasesBefore = new HashMap<>();
    for (DemoData.Purchase p : purchases) {
      CustomerId id = Objects.requireNonNull(golden.get(p.customer()));
      Instant at = p.date().atTime(12, 0).toInstant(ZoneOffset.UTC);
      batch.transaction(Transaction.of("T" + (++n), id, at, DemoData.money(p.dollars()), "USD"));
      if (!p.date().isAfter(AS_OF)) {
        purchasesBefore.merge(id, 1, Integer::sum);
      }
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    Instant consentAt = LocalDate.of(1997, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    int responses = 0;
    for (CustomerId id : new java.util.TreeSet<>(golden.values())) {
      if (rnd.nextDouble() < 0.75) {
        batch.consent(new Consent(id, Purpose.MARKETING, Channel.EMAIL, true, consentAt, null));
      }
      if (rnd.nextDouble() < 0.35) {
        batch.consent(new Consent(id, Purpose.MARKETING, Channel.SMS, true, consentAt, null));
      }
      if (rnd.nextDouble() < 0.3) {
        int k = purchasesBefore.getOrDefault(id, 0);
        double promoterBias = Math.min(0.5, 0.08 * k);
        double u = rnd.nextDouble();
        int score =
            u < 0.25 - promoterBias / 3
                ? rnd.nextInt(7)
                : u < 0.6 - promoterBias ? 7 + rnd.nextInt(2) : 9 + rnd.nextInt(2);
        batch.surveyResponse(
            new SurveyResponse(
                "NPS" + (++responses),
                id,
                Instrument.NPS,
                score,
                AS_OF.minusDays(rnd.nextInt(60)).atStartOfDay(ZoneOffset.UTC).toInstant(),
                null));
      }
    }
    kb.apply(batch.build());
    Explanation example =
        organised.reviewPairs().isEmpty() ? firstMatch(organised) : organised.reviewPairs().get(0);

    report
        .section("organise", "O — Organise: one golden customer per person")
        .paragraph(
            "Every CDNOW customer is a person in the web shop; about a third also appear in the store system and an eighth in the call centre, with typos, swapped names, national phone formats and day-first dates. The default consolidation (Fellegi–Sunter with EM, blocking, anti-chaining clustering) links them without any tuning.")
        .kpis(
            "source records",
            fmt(stats.records()),
            "candidate pairs",
            fmt(stats.candidatePairs()),
            "matched pairs",
            fmt(stats.matchedPairs()),
            "golden customers",
            fmt(stats.customers()),
            "pairs for review",
            fmt(stats.reviewPairs()))
        .chart(
            Charts.bars(
                "funnel",
                "Consolidation funnel",
                List.of("records", "candidate pairs", "matched pairs", "customers"),
                new double[] {
                  stats.records(), stats.candidatePairs(), stats.matchedPairs(), stats.customers()
                },
                "count"))
        .paragraph(
            "Why two records were (or were not) linked — the per-attribute comparison level and match weight (log2 of m/u), then the total and the match probability:")
        .table(List.of("attribute", "level", "weight"), explanationRows(example));

    // ---------- S: Segment (value)
    Osicam.Scored scored = osicam.score(AS_OF, 39, 0.0);
    step(
        "score",
        "BG/NBD r=%.3f alpha=%.2f a=%.3f b=%.3f; Gamma-Gamma p=%.2f q=%.2f v=%.2f",
        scored.model().r(),
        scored.model().alpha(),
        scored.model().a(),
        scored.model().b(),
        scored.spend().p(),
        scored.spend().q(),
        scored.spend().v());
    CustomerSummaries s = scored.summaries();
    double[] clv = scored.scores().clv().orElseThrow();
    double[] weeksSince = new double[s.size()];
    for (int i = 0; i < s.size(); i++) {
      weeksSince[i] = s.age(i) - s.recency(i);
    }
    RfmResult rfm = scored.rfm();
    String[] rows = {"R5", "R4", "R3", "R2", "R1"};
    String[] cols = {"F1", "F2", "F3", "F4", "F5"};
    double[][] count = new double[5][5];
    double[][] spend = new double[5][5];
    for (int i = 0; i < rfm.size(); i++) {
      int r = 5 - rfm.recencyScore(i);
      int f = rfm.frequencyScore(i) - 1;
      count[r][f]++;
      spend[r][f] += rfm.monetary(i);
    }
    String[][] cell = new String[5][5];
    for (int r = 0; r < 5; r++) {
      for (int f = 0; f < 5; f++) {
        cell[r][f] =
            count[r][f] == 0
                ? "0"
                : fmt((long) count[r][f]) + "\n$" + Math.round(spend[r][f] / count[r][f]);
      }
    }
    double[] tracking = trackingActual(purchases);
    double[] weeks = new double[tracking.length];
    for (int w = 0; w < weeks.length; w++) {
      weeks[w] = w + 1;
    }
    double[] firstWeeks = firstPurchaseWeeks(purchases);
    double[] model = scored.model().expectedCumulativePurchases(firstWeeks, weeks);
    report
        .section("segment", "S — Segment: observed value (RFM) and future value (CLV)")
        .paragraph(
            String.format(
                Locale.ROOT,
                "Scored as of %s on %d customers. BG/NBD: r = %.3f, α = %.2f, a = %.3f, b = %.3f (the published 0.243, 4.41, 0.793, 2.43 are for the 2,357-customer CDNOW sample; this is the full cohort). Gamma-Gamma: p = %.2f, q = %.2f, v = %.2f. CLV over the next 39 weeks, undiscounted. BG/NBD gives P(alive) = 1 to a customer with no repeat purchase yet (the line at the top of the scatter): it cannot have dropped out after a purchase it never made.",
                AS_OF,
                s.size(),
                scored.model().r(),
                scored.model().alpha(),
                scored.model().a(),
                scored.model().b(),
                scored.spend().p(),
                scored.spend().q(),
                scored.spend().v()))
        .chart(
            Charts.heatMap(
                "rfm",
                "R × F grid: customers and mean spend ($)",
                List.of(rows),
                List.of(cols),
                count,
                cell,
                "frequency score",
                "recency score"))
        .chart(
            Charts.histogram(
                "clv",
                "CLV distribution (next 39 weeks)",
                capped(clv, 500),
                25,
                "CLV ($, capped at 500)"))
        .chart(
            Charts.scatter(
                "palive",
                "P(alive) against weeks since last purchase",
                weeksSince,
                scored.scores().pAlive(),
                "weeks since last purchase",
                "P(alive)"))
        .chart(
            Charts.lines(
                "tracking",
                "Calibration / holdout tracking",
                weeks,
                List.of(new Charts.Series("actual", tracking), new Charts.Series("BG/NBD", model)),
                "week since 1997-01-01 (calibration ends at week 39)",
                "cumulative repeat purchases"));

    // ---------- S: Segment (groups), relational matrix, cross-sell
    Schema schema =
        Schema.builder().score(Osicam.P_ALIVE).score(Osicam.CLV).score(Osicam.FREQUENCY).build();
    SegmentMap map =
        SegmentMap.builder(schema)
            .segment(
                "champions",
                Rule.and(Rule.score(Osicam.P_ALIVE).ge(0.7), Rule.percentile(Osicam.CLV).ge(90)))
            .segment(
                "loyal",
                Rule.and(Rule.score(Osicam.P_ALIVE).ge(0.5), Rule.score(Osicam.FREQUENCY).ge(2)))
            .segment(
                "at risk",
                Rule.and(Rule.score(Osicam.P_ALIVE).lt(0.5), Rule.score(Osicam.FREQUENCY).ge(1)))
            .segment("one-off", Rule.score(Osicam.FREQUENCY).eq(0))
            .defaultLabel("others")
            .build();
    Assignment assignment = osicam.segment(map, AS_OF);
    Function<CustomerId, String> segmentOf = osicam.segmentOf();
    Map<String, Long> sizes = new LinkedHashMap<>();
    Map<String, Double> value = new LinkedHashMap<>();
    for (var seg : map.segments()) {
      sizes.put(seg.name(), 0L);
      value.put(seg.name(), 0.0);
    }
    sizes.put(map.defaultLabel(), 0L);
    value.put(map.defaultLabel(), 0.0);
    for (int row = 0; row < assignment.size(); row++) {
      String label = assignment.label(row);
      sizes.merge(label, 1L, Long::sum);
      value.merge(
          label,
          kb.score(assignment.id(row), Osicam.CLV).map(Score::value).orElse(0.0),
          Double::sum);
    }
    step("segment", "segments %s", sizes);
    List<CustomerId> ids = new ArrayList<>();
    double[] current = new double[s.size()];
    double[] potential = new double[s.size()];
    for (int i = 0; i < s.size(); i++) {
      CustomerId id = CustomerId.of(s.customerId(i));
      ids.add(id);
      current[i] = kb.score(id, Osicam.REVENUE).map(Score::value).orElse(0.0);
      potential[i] = clv[i];
    }
    RelationalMatrix matrix =
        RelationalMatrix.builder()
            .valueAxis(Axis.quantiles(3))
            .potentialAxis(Axis.quantiles(3))
            .build();
    MatrixPlacement placement = matrix.place(ids, current, potential, null);
    double[][] mCount = new double[3][3];
    String[][] mText = new String[3][3];
    for (int i = 0; i < placement.size(); i++) {
      var c = placement.cell(i);
      // bins are 1-based, 1 = lowest
      mCount[3 - c.potential()][c.value() - 1]++;
      mText[3 - c.potential()][c.value() - 1] = c.name() + " (" + c.actionPlan() + ")";
    }
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 3; c++) {
        mText[r][c] = (mText[r][c] == null ? "" : mText[r][c]) + "\n" + fmt((long) mCount[r][c]);
      }
    }
    Baskets baskets =
        Baskets.of(
            BasketGenerator.builder().baskets(20_000).items(300).seed(seed).build().toList());
    RuleSet rules =
        AssociationRules.miner().minSupport(0.002).minConfidence(0.3).build().mine(baskets);
    List<org.osicam.scoring.affinity.Rule> top =
        rules.rules().stream()
            .filter(r -> !r.antecedent().isEmpty())
            .sorted(Comparator.comparingDouble(org.osicam.scoring.affinity.Rule::lift).reversed())
            .limit(10)
            .toList();
    List<List<String>> ruleRows = new ArrayList<>();
    for (var r : top) {
      ruleRows.add(
          List.of(
              "{" + String.join(", ", r.antecedent()) + "} ⇒ " + r.consequent(),
              String.format(Locale.ROOT, "%.4f", r.support()),
              String.format(Locale.ROOT, "%.3f", r.confidence()),
              String.format(Locale.ROOT, "%.2f", r.lift())));
    }
    List<String> segNames = new ArrayList<>(sizes.keySet());
    double[] segSize = segNames.stream().mapToDouble(k -> sizes.get(k)).toArray();
    double[] segValue = segNames.stream().mapToDouble(k -> value.get(k)).toArray();
    report
        .section("segments", "S — Segments, relational matrix and cross-sell")
        .paragraph(
            "Segments are rules over the scores (first match wins): champions = P(alive) ≥ 0.7 and CLV in the top 10 %; loyal = P(alive) ≥ 0.5 and at least 2 repeat purchases; at risk = P(alive) < 0.5 with repeat purchases; one-off = no repeat purchase.")
        .chart(Charts.bars("segment-sizes", "Segment sizes", segNames, segSize, "customers"))
        .chart(
            Charts.bars(
                "segment-value",
                "Segment value: total CLV, next 39 weeks",
                segNames,
                segValue,
                "CLV ($)"))
        .chart(
            Charts.heatMap(
                "matrix",
                "Relational matrix: current value × potential (terciles)",
                List.of("high", "mid", "low"),
                List.of("low", "mid", "high"),
                mCount,
                mText,
                "current value: revenue to date (tercile)",
                "potential: CLV (tercile)"))
        .paragraph(
            String.format(
                Locale.ROOT,
                "Cross-sell rules (FP-Growth, arules semantics) on %,d synthetic baskets over 300 products (CDNOW has no item data): %,d rules at support 0.002 and confidence 0.3; the ten with the highest lift:",
                baskets.size(),
                rules.rules().size()))
        .table(List.of("rule", "support", "confidence", "lift"), ruleRows);

    // ---------- I: Interact
    Instant campaign = AS_OF.plusDays(1).atTime(10, 0).toInstant(ZoneOffset.UTC);
    InteractionPolicy policy =
        InteractionPolicy.builder()
            .action(
                Action.builder("vip-preview")
                    .channels(Channel.SMS, Channel.EMAIL)
                    .purpose(Purpose.MARKETING)
                    .segments("champions")
                    .value(ExpectedValue.score(Osicam.CLV))
                    .cost(0.5)
                    .conflictGroup("offer")
                    .controlShare(0.2)
                    .build())
            .action(
                Action.builder("loyalty-bonus")
                    .channels(Channel.EMAIL)
                    .purpose(Purpose.MARKETING)
                    .segments("loyal")
                    .value(ExpectedValue.score(Osicam.CLV))
                    .cost(0.1)
                    .conflictGroup("offer")
                    .controlShare(0.2)
                    .build())
            .action(
                Action.builder("win-back")
                    .channels(Channel.EMAIL)
                    .purpose(Purpose.MARKETING)
                    .segments("at risk")
                    .value(20)
                    .cost(0.1)
                    .controlShare(0.2)
                    .build())
            .action(
                Action.builder("concierge-call")
                    .channels(Channel.PHONE)
                    .purpose(Purpose.SERVICE)
                    .segments("champions")
                    .value(ExpectedValue.score(Osicam.CLV))
                    .cost(4)
                    .controlShare(0.2)
                    .build())
            .pressure(PressureCap.anyChannel(2, Duration.ofDays(30)))
            .quietHours(new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0)))
            .capacity(Channel.PHONE, 150)
            .seed(seed)
            .build();
    Plan plan = osicam.plan(policy, campaign);
    step(
        "plan",
        "%d decisions: %d contacts, %d control, refusals %s",
        plan.size(),
        plan.contacts(),
        plan.controls(),
        plan.refused());
    Map<String, Long> byAction = new TreeMap<>();
    for (Decision d : plan.decisions()) {
      d.actionId()
          .ifPresent(a -> byAction.merge(a + (d.control() ? " (control)" : ""), 1L, Long::sum));
    }
    List<String> refusalNames = new ArrayList<>();
    List<Double> refusalCounts = new ArrayList<>();
    for (RefusalRule r : RefusalRule.values()) {
      refusalNames.add(r.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      refusalCounts.add((double) plan.refused().getOrDefault(r, 0L));
    }
    report
        .section("interact", "I — Interact: who gets which action, on which channel")
        .paragraph(
            "Four actions, offered by segment. Marketing needs consent (denied by default); at most 2 marketing contacts per 30 days across channels; no marketing in quiet hours; the call centre can make 150 calls; 20 % of each action's audience is a sticky, seeded control group; per customer the eligible action with the highest expected value net of cost wins.")
        .kpis(
            "customers",
            fmt(plan.size()),
            "contacts",
            fmt(plan.contacts()),
            "control",
            fmt(plan.controls()))
        .chart(
            Charts.bars(
                "plan-actions",
                "Chosen actions",
                new ArrayList<>(byAction.keySet()),
                byAction.values().stream().mapToDouble(Long::doubleValue).toArray(),
                "customers"))
        .chart(
            Charts.bars(
                "refusals",
                "Refused (action, customer) pairs by rule",
                refusalNames,
                refusalCounts.stream().mapToDouble(Double::doubleValue).toArray(),
                "pairs"))
        .table(List.of("customer", "decision", "reason"), sampleDecisions(plan));

    // ---------- C + A: Collect and Feed
    Collector collector = osicam.collector();
    SplittableRandom outcomes = new SplittableRandom(seed * 31 + 7);
    long converted = 0;
    long unsubscribed = 0;
    Map<String, Double> lift = Map.of("champions", 0.08, "loyal", 0.05, "at risk", 0.03);
    for (Decision d : plan.decisions()) {
      if (!d.contact() && !d.control()) {
        continue;
      }
      double pAlive = kb.score(d.customerId(), Osicam.P_ALIVE).map(Score::value).orElse(0.0);
      double p =
          0.02
              + 0.2 * pAlive
              + (d.control() ? 0 : lift.getOrDefault(segmentOf.apply(d.customerId()), 0.02));
      if (d.control()) {
        collector.control(d, campaign);
      } else {
        collector.delivered(d, campaign);
      }
      double u = outcomes.nextDouble();
      if (u < p) {
        collector.outcome(d, InteractionStatus.PURCHASED, campaign.plus(Duration.ofDays(3)));
        converted++;
      } else if (!d.control()
          && d.purpose().orElse(Purpose.SERVICE) == Purpose.MARKETING
          && u > 0.985) {
        collector.outcome(d, InteractionStatus.UNSUBSCRIBED, campaign.plus(Duration.ofDays(1)));
        unsubscribed++;
      }
    }
    int closed = collector.closeResponseWindows(campaign.plus(Duration.ofDays(30))).size();
    step(
        "collect",
        "%d purchases, %d unsubscribes (consent withdrawn at once), %d no-reaction",
        converted,
        unsubscribed,
        closed);
    report
        .section("collect", "C + A — Collect and Feed")
        .paragraph(
            "Every decision's outcome goes back to the knowledge base: deliveries and control hold-outs, purchases, unsubscribes (which withdraw the consent immediately) and, after the 30-day response window, the absence of reaction. The next plan sees these contacts in its pressure caps.")
        .kpis(
            "purchases after the campaign",
            fmt(converted),
            "unsubscribes",
            fmt(unsubscribed),
            "no reaction",
            fmt(closed));

    // ---------- M: Measure
    Map<String, UpliftResult> uplift = osicam.uplift(plan, segmentOf);
    Map<String, NpsResult> nps = osicam.nps(segmentOf);
    List<String> uLabels = new ArrayList<>(uplift.keySet());
    double[][] u =
        intervals(
            uLabels.stream()
                .map(
                    k -> {
                      UpliftResult r = Objects.requireNonNull(uplift.get(k));
                      return new double[] {
                        100 * r.uplift(),
                        100 * r.interval(0.95).lower(),
                        100 * r.interval(0.95).upper()
                      };
                    })
                .toList());
    List<String> nLabels = new ArrayList<>(nps.keySet());
    double[][] v =
        intervals(
            nLabels.stream()
                .map(
                    k -> {
                      NpsResult r = Objects.requireNonNull(nps.get(k));
                      Interval ci = r.adjustedWaldInterval(0.95);
                      return new double[] {r.nps(), ci.lower(), ci.upper()};
                    })
                .toList());
    List<List<String>> npsRows = new ArrayList<>();
    nps.forEach(
        (k, r) -> {
          Interval ci = r.adjustedWaldInterval(0.95);
          npsRows.add(
              List.of(
                  k,
                  fmt(r.count()),
                  pct(r.promoterShare()),
                  pct(r.detractorShare()),
                  String.format(Locale.ROOT, "%+.1f", r.nps()),
                  String.format(Locale.ROOT, "%+.1f to %+.1f", ci.lower(), ci.upper())));
        });
    List<List<String>> upRows = new ArrayList<>();
    uplift.forEach(
        (k, r) ->
            upRows.add(
                List.of(
                    k,
                    fmt(r.treatment().n()),
                    pct(r.treatment().rate()),
                    fmt(r.control().n()),
                    pct(r.control().rate()),
                    String.format(Locale.ROOT, "%+.1f", 100 * r.uplift()),
                    pValue(r.test().pValue()))));
    report
        .section("measure", "M — Measure: uplift and satisfaction, with their uncertainty")
        .paragraph(
            String.format(
                Locale.ROOT,
                "A customer counts as converted when a purchase is recorded for the decision within the response window; treated and control customers are compared per segment (two-proportion z-test, Fisher's exact test when a cell is small; 95 %% interval from the unpooled standard error). NPS comes from %,d survey answers on 0–10 (promoters 9–10, detractors 0–6), with adjusted-Wald intervals.",
                nps.containsKey("overall") ? nps.get("overall").count() : 0))
        .chart(
            Charts.intervals(
                "uplift",
                "Uplift in conversion by segment (95 % CI)",
                uLabels,
                u[0],
                u[1],
                u[2],
                "uplift (percentage points)",
                0))
        .chart(
            Charts.intervals(
                "nps",
                "NPS by segment (95 % adjusted-Wald CI)",
                nLabels,
                v[0],
                v[1],
                v[2],
                "NPS (points, −100 to 100)",
                0))
        .table(
            List.of(
                "segment",
                "treated",
                "treated rate",
                "control",
                "control rate",
                "uplift (points)",
                "p-value"),
            upRows)
        .table(List.of("segment", "answers", "promoters", "detractors", "NPS", "95 % CI"), npsRows);
    double overallUplift =
        uplift.containsKey("overall") ? uplift.get("overall").uplift() : Double.NaN;
    double overallNps = nps.containsKey("overall") ? nps.get("overall").nps() : Double.NaN;
    step("measure", "overall uplift %+.1f points, NPS %.1f", 100 * overallUplift, overallNps);
    step("done", "in %.1f s", (System.nanoTime() - t0) / 1e9);
    return new Summary(
        stats.records(),
        stats.customers(),
        purchases.size(),
        scored.model().r(),
        scored.model().alpha(),
        scored.model().a(),
        scored.model().b(),
        plan.contacts(),
        plan.controls(),
        sizes,
        overallUplift,
        overallNps,
        report.render());
  }

  private void step(String name, String format, Object... args) {
    log.printf(Locale.ROOT, "osicam demo: %-9s " + format + "%n", prepend(name, args));
  }

  private static Object[] prepend(Object first, Object[] rest) {
    Object[] all = new Object[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  private static Explanation firstMatch(Consolidation c) {
    Explanation[] found = {null};
    c.forEachComparedPair(
        e -> {
          if (found[0] == null && e.probability() > 0.5) {
            found[0] = e;
          }
        });
    if (found[0] == null) {
      throw new IllegalStateException("no compared pair to explain");
    }
    return found[0];
  }

  private static List<List<String>> explanationRows(Explanation e) {
    List<List<String>> rows = new ArrayList<>();
    for (var a : e.attributes()) {
      rows.add(
          List.of(a.attribute(), a.levelName(), String.format(Locale.ROOT, "%+.2f", a.weight())));
    }
    rows.add(List.of("prior", "", String.format(Locale.ROOT, "%+.2f", e.priorWeight())));
    rows.add(
        List.of(
            "total (probability " + String.format(Locale.ROOT, "%.3f", e.probability()) + ")",
            "",
            String.format(Locale.ROOT, "%+.2f", e.totalWeight())));
    return rows;
  }

  private static List<List<String>> sampleDecisions(Plan plan) {
    List<List<String>> rows = new ArrayList<>();
    for (Decision d : plan.decisions()) {
      if (rows.size() >= 6) {
        break;
      }
      if (d.contact() || d.control() || !d.refusals().isEmpty()) {
        rows.add(
            List.of(
                d.customerId().value(),
                d.actionId().orElse("(none)") + (d.control() ? " (control)" : ""),
                d.reason()));
      }
    }
    return rows;
  }

  /** Weekly cumulative repeat purchases (lifetimes' day-level convention: first day excluded). */
  private static double[] trackingActual(List<DemoData.Purchase> purchases) {
    LocalDate start = LocalDate.of(1997, 1, 1);
    int weeks = (int) ((END.toEpochDay() - start.toEpochDay()) / 7);
    double[] perWeek = new double[weeks];
    Map<String, LocalDate> first = new HashMap<>();
    Map<String, java.util.Set<LocalDate>> days = new HashMap<>();
    for (DemoData.Purchase p : purchases) {
      first.merge(p.customer(), p.date(), (a, b) -> a.isBefore(b) ? a : b);
      days.computeIfAbsent(p.customer(), k -> new java.util.HashSet<>()).add(p.date());
    }
    days.forEach(
        (c, set) -> {
          for (LocalDate d : set) {
            if (!d.equals(first.get(c))) {
              int w = (int) ((d.toEpochDay() - start.toEpochDay()) / 7);
              if (w < weeks) {
                perWeek[w]++;
              }
            }
          }
        });
    double[] cum = new double[weeks];
    double total = 0;
    for (int w = 0; w < weeks; w++) {
      total += perWeek[w];
      cum[w] = total;
    }
    return cum;
  }

  private static double[] firstPurchaseWeeks(List<DemoData.Purchase> purchases) {
    LocalDate start = LocalDate.of(1997, 1, 1);
    Map<String, LocalDate> first = new HashMap<>();
    for (DemoData.Purchase p : purchases) {
      first.merge(p.customer(), p.date(), (a, b) -> a.isBefore(b) ? a : b);
    }
    return first.values().stream()
        .mapToDouble(d -> (d.toEpochDay() - start.toEpochDay()) / 7.0)
        .toArray();
  }

  private static double[] capped(double[] v, double cap) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = Math.min(cap, v[i]);
    }
    return out;
  }

  private static double[][] intervals(List<double[]> rows) {
    double[][] out = new double[3][rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      for (int k = 0; k < 3; k++) {
        out[k][i] = rows.get(i)[k];
      }
    }
    return out;
  }

  private static String fmt(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }

  private static String pValue(double p) {
    return p < 0.0001 ? "< 0.0001" : String.format(Locale.ROOT, "%.4f", p);
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.1f %%", 100 * v);
  }
}
