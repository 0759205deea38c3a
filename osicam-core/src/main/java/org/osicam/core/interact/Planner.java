package org.osicam.core.interact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.osicam.core.ProgressListener;

/**
 * Batch planning of a campaign: one {@link Decision} per customer, with channel capacities
 * allocated globally to the highest net values. Stateless and thread-safe; same input, policy and
 * seed give the same plan.
 *
 * <pre>{@code
 * Plan plan = policy.planner("spring-2024").plan(customers, Instant.parse("2024-05-01T10:00:00Z"));
 * plan.decisions().forEach(d -> System.out.println(d.customerId() + " " + d.actionId()));
 * }</pre>
 *
 * <p>Capacity allocation is greedy by net value: every customer proposes his best action; the
 * proposals on capacity-limited channels are served in decreasing net value (ties: customer id); a
 * customer whose proposal finds the channel full proposes his next action. Control customers take
 * part in the allocation (so the control group is drawn from the same customers as the contacted
 * ones) but use no capacity, since they are not contacted.
 */
public final class Planner {
  private static final int CHUNK = 8192;
  private final PolicyEngine engine;
  private final String planId;
  private final @Nullable Executor executor;
  private final ProgressListener progress;

  Planner(PolicyEngine engine, String planId) {
    this(engine, planId, null, ProgressListener.none());
  }

  private Planner(
      PolicyEngine engine, String planId, @Nullable Executor executor, ProgressListener progress) {
    this.engine = engine;
    this.planId = planId;
    this.executor = executor;
    this.progress = progress;
  }

  /**
   * A planner that reports progress: stage {@code "evaluate"} per chunk of customers, then {@code
   * "allocate"}.
   *
   * @param value the listener (called from the executor's threads when there is one)
   * @return a new planner
   */
  public Planner progress(ProgressListener value) {
    return new Planner(engine, planId, executor, Objects.requireNonNull(value, "progress"));
  }

  /**
   * A planner that evaluates customers in chunks on an executor (the capacity allocation stays on
   * the calling thread). The plan is the same as without it.
   *
   * @param value the executor, e.g. a pool with one thread per core
   * @return a new planner
   */
  public Planner executor(Executor value) {
    return new Planner(engine, planId, Objects.requireNonNull(value, "executor"), progress);
  }

  /**
   * Plans every customer.
   *
   * @param customers the customers, in the order the decisions are returned (ids must be unique)
   * @param asOf the planning time: windows end here, quiet hours are read here
   * @return the plan
   */
  public Plan plan(Iterable<CustomerState> customers, Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<CustomerState> list;
    if (customers instanceof List<CustomerState> l) {
      list = l;
    } else {
      list = new ArrayList<>();
      customers.forEach(list::add);
    }
    int n = list.size();
    Decision[] out = new Decision[n];
    java.util.BitSet[] eligible = SegmentRuleEligibility.evaluateAll(engine.actions, list, asOf);
    String prefix = planId + ":";
    java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
    if (executor == null || n <= CHUNK) {
      for (int from = 0; from < n; from += CHUNK) {
        int end = Math.min(n, from + CHUNK);
        evaluate(list, asOf, prefix, out, from, end, eligible);
        progress.onProgress("evaluate", done.addAndGet(end - from), n);
      }
    } else {
      List<CompletableFuture<Void>> parts = new ArrayList<>();
      for (int from = 0; from < n; from += CHUNK) {
        int start = from;
        int end = Math.min(n, from + CHUNK);
        parts.add(
            CompletableFuture.runAsync(
                () -> {
                  evaluate(list, asOf, prefix, out, start, end, eligible);
                  progress.onProgress("evaluate", done.addAndGet(end - start), n);
                },
                executor));
      }
      try {
        CompletableFuture.allOf(parts.toArray(new CompletableFuture<?>[0])).join();
      } catch (CompletionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) {
          throw r;
        }
        throw e;
      }
    }
    List<Decision> decisions = java.util.Arrays.asList(out);
    progress.onProgress("allocate", 0, 1);
    allocate(decisions);
    progress.onProgress("allocate", 1, 1);
    return new Plan(decisions);
  }

  private void evaluate(
      List<CustomerState> list,
      Instant asOf,
      String prefix,
      Decision[] out,
      int from,
      int to,
      java.util.BitSet @Nullable [] eligible) {
    PolicyEngine.Scratch scratch = engine.scratch();
    int all = (1 << PolicyEngine.CHANNELS) - 1;
    for (int i = from; i < to; i++) {
      out[i] = engine.evaluate(list.get(i), asOf, scratch, -1, all, prefix, -1, eligible, i);
    }
  }

  private void allocate(List<Decision> decisions) {
    if (!engine.hasCapacity) {
      for (Decision d : decisions) {
        if (d.candidateCount() > 0) {
          d.choose(0);
        }
      }
      return;
    }
    int[] remaining = engine.capacity.clone();
    int n = decisions.size();
    int[] position = new int[n];
    PriorityQueue<Integer> queue =
        new PriorityQueue<>(
            (x, y) -> {
              Decision dx = decisions.get(x);
              Decision dy = decisions.get(y);
              int c = Double.compare(dy.candidateNet(position[y]), dx.candidateNet(position[x]));
              if (c != 0) {
                return c;
              }
              c = dx.customerId().value().compareTo(dy.customerId().value());
              return c != 0 ? c : Integer.compare(x, y);
            });
    for (int i = 0; i < n; i++) {
      Decision d = decisions.get(i);
      if (d.candidateCount() == 0) {
        continue;
      }
      if (remaining[d.candidateChannel(0)] < 0) {
        d.choose(0); // uncapped channel: nothing to allocate
      } else {
        queue.add(i);
      }
    }
    while (!queue.isEmpty()) {
      int i = queue.poll();
      Decision d = decisions.get(i);
      int p = position[i];
      int ch = d.candidateChannel(p);
      if (remaining[ch] < 0) {
        d.choose(p);
      } else if (remaining[ch] > 0) {
        d.choose(p);
        if (!d.control()) {
          remaining[ch]--;
        }
      } else {
        d.refuseForCapacity(p);
        if (p + 1 < d.candidateCount()) {
          position[i] = p + 1;
          queue.add(i);
        }
      }
    }
  }
}
