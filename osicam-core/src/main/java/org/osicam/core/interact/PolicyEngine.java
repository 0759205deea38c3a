package org.osicam.core.interact;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.osicam.core.model.Channel;
import org.osicam.core.model.Consent;
import org.osicam.core.model.Direction;
import org.osicam.core.model.Interaction;
import org.osicam.core.model.InteractionStatus;
import org.osicam.core.model.Purpose;

/**
 * The compiled policy: flat arrays for the per-customer rules. Evaluating a customer touches each
 * consent and history row once, then each action once.
 */
final class PolicyEngine {
  static final int CHANNELS = Channel.values().length;
  private static final Channel[] CHANNEL_VALUES = Channel.values();

  // refusal code layout: action (16 bits) | channel (3) | rule (3) | sub (8)
  static int code(int action, int channel, RefusalRule rule, int sub) {
    return action | channel << 16 | rule.ordinal() << 19 | sub << 22;
  }

  static int codeAction(int code) {
    return code & 0xFFFF;
  }

  static Channel codeChannel(int code) {
    return CHANNEL_VALUES[(code >>> 16) & 7];
  }

  static RefusalRule codeRule(int code) {
    return RefusalRule.values()[(code >>> 19) & 7];
  }

  static int codeSub(int code) {
    return (code >>> 22) & 0xFF;
  }

  static final int ELIG_SEGMENT = 0;
  static final int ELIG_RULE = 1;
  static final int ELIG_VALUE = 2;
  static final int CONSENT_NONE = 0;
  static final int CONSENT_WITHDRAWN = 1;
  static final int CONSENT_EXPIRED = 2;
  static final int CONSENT_DNC = 3; // + reason ordinal
  static final int PRESSURE_PAUSED = 0; // else cap index + 1

  final InteractionPolicy policy;
  final Action[] actions;
  final String[] actionIds;
  private final Map<String, Integer> actionIndex = new HashMap<>();
  final boolean[] marketing;
  final int[][] channels;
  final int[] group;
  final String[] groupNames;
  final double[] cost;
  final double[] controlShare;
  private final long[] actionHash;
  final PressureCap[] caps;
  private final int[] capChannel;
  private final Purpose[] capPurpose;
  private final int[] capMax;
  private final long[] capWindowMillis;
  private final long conflictMillis;
  final @Nullable QuietHours quiet;
  final int[] capacity;
  final boolean hasCapacity;
  final Duration lookback;
  private final long seed;
  private final double holdoutShare;

  PolicyEngine(InteractionPolicy policy) {
    this.policy = policy;
    List<Action> list = policy.actions();
    int n = list.size();
    actions = list.toArray(new Action[0]);
    actionIds = new String[n];
    marketing = new boolean[n];
    channels = new int[n][];
    group = new int[n];
    cost = new double[n];
    controlShare = new double[n];
    actionHash = new long[n];
    Map<String, Integer> groups = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Action a = actions[i];
      actionIds[i] = a.id();
      actionIndex.put(a.id(), i);
      marketing[i] = a.purpose() == Purpose.MARKETING;
      channels[i] = a.channels().stream().mapToInt(Enum::ordinal).toArray();
      String g = a.conflictGroup();
      group[i] = g == null ? -1 : groups.computeIfAbsent(g, k -> groups.size());
      cost[i] = a.cost();
      controlShare[i] = a.controlShare();
      actionHash[i] = fnv(a.id());
    }
    groupNames = new String[groups.size()];
    groups.forEach((k, v) -> groupNames[v] = k);
    caps = policy.pressure().toArray(new PressureCap[0]);
    capChannel = new int[caps.length];
    capPurpose = new Purpose[caps.length];
    capMax = new int[caps.length];
    capWindowMillis = new long[caps.length];
    Duration longest = policy.conflictWindow();
    for (int c = 0; c < caps.length; c++) {
      Channel ch = caps[c].channel();
      capChannel[c] = ch == null ? -1 : ch.ordinal();
      capPurpose[c] = caps[c].purpose();
      capMax[c] = caps[c].max();
      capWindowMillis[c] = caps[c].window().toMillis();
      if (caps[c].window().compareTo(longest) > 0) {
        longest = caps[c].window();
      }
    }
    lookback = longest;
    conflictMillis = policy.conflictWindow().toMillis();
    quiet = policy.quietHours().orElse(null);
    capacity = new int[CHANNELS];
    Arrays.fill(capacity, -1);
    policy.capacities().forEach((ch, v) -> capacity[ch.ordinal()] = v);
    hasCapacity = !policy.capacities().isEmpty();
    seed = policy.seed();
    holdoutShare = policy.holdoutShare();
  }

  int actionIndex(String id) {
    Integer i = actionIndex.get(id);
    return i == null ? -1 : i;
  }

  // ---- sticky control membership --------------------------------------------------------------

  static long fnv(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static double unit(long h) {
    return (h >>> 11) * 0x1.0p-53;
  }

  boolean control(String customerId, int action) {
    double share = controlShare[action];
    return share > 0 && unit(mix(mix(fnv(customerId) ^ seed) ^ actionHash[action])) < share;
  }

  boolean holdout(String customerId) {
    return holdoutShare > 0
        && unit(mix(mix(fnv(customerId) ^ seed) ^ 0x5bd1e9955bd1e995L)) < holdoutShare;
  }

  // ---- per-customer evaluation ----------------------------------------------------------------

  /** Per-customer scratch, reused by one thread. */
  static final class Scratch {
    final int[] consentSub = new int[CHANNELS];
    final int[] dncMarketing = new int[CHANNELS];
    final int[] dncAll = new int[CHANNELS];
    final int[] pressureMarketing = new int[CHANNELS];
    final int[] pressureService = new int[CHANNELS];
    final long[] latestConsent = new long[CHANNELS];
    int[] capCount = new int[0];
    int[] groupFirst = new int[0];
    boolean[] groupMulti = new boolean[0];
    int[] refusals = new int[16];
    int refusalCount;
    int[] candAction = new int[8];
    int[] candChannel = new int[8];
    double[] candValue = new double[8];
    double[] candNet = new double[8];
    int candCount;
    int nonPositive;

    void refuse(int code) {
      if (refusalCount == refusals.length) {
        refusals = Arrays.copyOf(refusals, refusalCount * 2);
      }
      refusals[refusalCount++] = code;
    }

    void candidate(int action, int channel, double value, double net) {
      if (candCount == candAction.length) {
        int m = candCount * 2;
        candAction = Arrays.copyOf(candAction, m);
        candChannel = Arrays.copyOf(candChannel, m);
        candValue = Arrays.copyOf(candValue, m);
        candNet = Arrays.copyOf(candNet, m);
      }
      candAction[candCount] = action;
      candChannel[candCount] = channel;
      candValue[candCount] = value;
      candNet[candCount] = net;
      candCount++;
    }
  }

  Scratch scratch() {
    Scratch s = new Scratch();
    s.capCount = new int[caps.length];
    s.groupFirst = new int[groupNames.length];
    s.groupMulti = new boolean[groupNames.length];
    return s;
  }

  /**
   * Applies the per-customer rules.
   *
   * @param only the single action to consider, or -1 for all
   * @param channelMask channels allowed (bit per ordinal)
   */
  Decision evaluate(
      CustomerState c,
      Instant asOf,
      Scratch s,
      int only,
      int channelMask,
      String decisionIdPrefix,
      long sequence) {
    return evaluate(c, asOf, s, only, channelMask, decisionIdPrefix, sequence, null, -1);
  }

  /**
   * @param eligible per action, the rows whose eligibility rule holds (batch evaluation), or null
   * @param row this customer's row in {@code eligible}
   */
  Decision evaluate(
      CustomerState c,
      Instant asOf,
      Scratch s,
      int only,
      int channelMask,
      String decisionIdPrefix,
      long sequence,
      java.util.BitSet @Nullable [] eligible,
      int row) {
    s.refusalCount = 0;
    s.candCount = 0;
    s.nonPositive = 0;
    long now = asOf.toEpochMilli();
    // consent: latest marketing row per channel at or before now; withdrawal wins a tie
    Arrays.fill(s.latestConsent, Long.MIN_VALUE);
    Arrays.fill(s.consentSub, CONSENT_NONE);
    for (Consent k : c.consents()) {
      if (k.purpose() != Purpose.MARKETING) {
        continue;
      }
      long t = k.timestamp().toEpochMilli();
      if (t > now) {
        continue;
      }
      int ch = k.channel().ordinal();
      long latest = s.latestConsent[ch];
      if (t > latest || (t == latest && !k.granted())) {
        s.latestConsent[ch] = t;
        s.consentSub[ch] =
            k.validAt(asOf) ? -1 : (k.granted() ? CONSENT_EXPIRED : CONSENT_WITHDRAWN);
      }
    }
    Arrays.fill(s.dncMarketing, -1);
    Arrays.fill(s.dncAll, -1);
    for (DoNotContact d : c.doNotContact()) {
      for (int ch = 0; ch < CHANNELS; ch++) {
        if (d.covers(CHANNEL_VALUES[ch])) {
          if (s.dncMarketing[ch] < 0) {
            s.dncMarketing[ch] = d.reason().ordinal();
          }
          if (d.reason() == DoNotContact.Reason.BOUNCED && s.dncAll[ch] < 0) {
            s.dncAll[ch] = d.reason().ordinal();
          }
        }
      }
    }
    Instant pf = c.pauseFromOrNull();
    Instant pu = c.pauseUntilOrNull();
    boolean paused = pf != null && pu != null && !asOf.isBefore(pf) && asOf.isBefore(pu);
    // history: pressure counts and conflict groups
    Arrays.fill(s.capCount, 0);
    Arrays.fill(s.groupFirst, -1);
    Arrays.fill(s.groupMulti, false);
    for (Interaction i : c.history()) {
      if (i.status() != InteractionStatus.DELIVERED
          || i.control()
          || i.direction() != Direction.OUTBOUND) {
        continue;
      }
      long t = i.timestamp().toEpochMilli();
      if (t > now) {
        continue;
      }
      long age = now - t;
      for (int k = 0; k < caps.length; k++) {
        if (age < capWindowMillis[k]
            && capPurpose[k] == i.purpose()
            && (capChannel[k] < 0 || capChannel[k] == i.channel().ordinal())) {
          s.capCount[k]++;
        }
      }
      String aid = i.actionId();
      if (aid != null && age < conflictMillis && groupNames.length > 0) {
        int a = actionIndex(aid);
        if (a >= 0 && group[a] >= 0) {
          int g = group[a];
          if (s.groupFirst[g] < 0) {
            s.groupFirst[g] = a;
          } else if (s.groupFirst[g] != a) {
            s.groupMulti[g] = true;
          }
        }
      }
    }
    Arrays.fill(s.pressureMarketing, -1);
    Arrays.fill(s.pressureService, -1);
    for (int ch = 0; ch < CHANNELS; ch++) {
      if (paused) {
        s.pressureMarketing[ch] = PRESSURE_PAUSED;
      }
      for (int k = 0; k < caps.length; k++) {
        if ((capChannel[k] < 0 || capChannel[k] == ch) && s.capCount[k] >= capMax[k]) {
          int[] target =
              capPurpose[k] == Purpose.MARKETING ? s.pressureMarketing : s.pressureService;
          if (target[ch] < 0) {
            target[ch] = k + 1;
          }
        }
      }
    }
    boolean quietNow = quiet != null && quiet.contains(LocalTime.ofInstant(asOf, c.timeZone()));
    Channel preferred = c.preferredChannelOrNull();
    String segment = c.segmentOrNull();
    int from = only < 0 ? 0 : only;
    int to = only < 0 ? actions.length : only + 1;
    for (int a = from; a < to; a++) {
      Action action = actions[a];
      int[] chs = channels[a];
      if (!action.segments().isEmpty()
          && (segment == null || !action.segments().contains(segment))) {
        s.refuse(code(a, chs[0], RefusalRule.ELIGIBILITY, ELIG_SEGMENT));
        continue;
      }
      Eligibility rule = action.eligibility();
      boolean holds;
      if (rule == null) {
        holds = true;
      } else if (eligible != null && eligible[a] != null) {
        holds = eligible[a].get(row);
      } else {
        holds = rule.test(c, asOf);
      }
      if (!holds) {
        s.refuse(code(a, chs[0], RefusalRule.ELIGIBILITY, ELIG_RULE));
        continue;
      }
      double value = action.value().valueOf(c);
      if (Double.isNaN(value)) {
        s.refuse(code(a, chs[0], RefusalRule.ELIGIBILITY, ELIG_VALUE));
        continue;
      }
      boolean mkt = marketing[a];
      double net = value - cost[a];
      // try the preferred channel first, then the declared order
      int chosen = -1;
      int firstRefusal = s.refusalCount;
      for (int pass = 0; pass < 2 && chosen < 0; pass++) {
        for (int ch : chs) {
          boolean isPreferred = preferred != null && ch == preferred.ordinal();
          if ((pass == 0) != isPreferred || (channelMask & (1 << ch)) == 0) {
            continue;
          }
          int refusal = check(s, a, ch, mkt, quietNow);
          if (refusal == 0) {
            chosen = ch;
            break;
          }
          s.refuse(refusal);
        }
      }
      if (chosen < 0) {
        if (s.refusalCount == firstRefusal) {
          // no channel allowed by the context: not a rule refusal, just not offered
          continue;
        }
        continue;
      }
      s.refusalCount = firstRefusal; // a channel passed: earlier channel refusals are moot
      if (mkt && !(net > 0)) {
        s.nonPositive++;
        continue;
      }
      s.candidate(a, chosen, value, net);
    }
    return new Decision(this, c.id(), s, decisionIdPrefix, sequence);
  }

  /** 0 when the channel passes, else a refusal code. */
  private int check(Scratch s, int a, int ch, boolean mkt, boolean quietNow) {
    if (mkt) {
      if (s.dncMarketing[ch] >= 0) {
        return code(a, ch, RefusalRule.CONSENT, CONSENT_DNC + s.dncMarketing[ch]);
      }
      if (s.consentSub[ch] >= 0) {
        return code(a, ch, RefusalRule.CONSENT, s.consentSub[ch]);
      }
      if (s.pressureMarketing[ch] >= 0) {
        return code(a, ch, RefusalRule.PRESSURE, s.pressureMarketing[ch]);
      }
      if (quietNow) {
        return code(a, ch, RefusalRule.QUIET_HOURS, 0);
      }
    } else {
      if (s.dncAll[ch] >= 0) {
        return code(a, ch, RefusalRule.CONSENT, CONSENT_DNC + s.dncAll[ch]);
      }
      if (s.pressureService[ch] >= 0) {
        return code(a, ch, RefusalRule.PRESSURE, s.pressureService[ch]);
      }
    }
    int g = group[a];
    if (g >= 0 && s.groupFirst[g] >= 0 && (s.groupFirst[g] != a || s.groupMulti[g])) {
      return code(a, ch, RefusalRule.CONFLICT, 0);
    }
    return 0;
  }

  String detail(int code) {
    int a = codeAction(code);
    Channel ch = codeChannel(code);
    int sub = codeSub(code);
    Action action = actions[a];
    switch (codeRule(code)) {
      case ELIGIBILITY:
        if (sub == ELIG_SEGMENT) {
          return "customer's segment not in " + action.segments();
        }
        if (sub == ELIG_RULE) {
          Eligibility e = action.eligibility();
          return (e == null ? "eligibility rule" : e.describe()) + " not met";
        }
        return "value not available (" + action.value() + ")";
      case CONSENT:
        if (sub >= CONSENT_DNC) {
          return "do-not-contact on "
              + ch.key()
              + " ("
              + DoNotContact.Reason.values()[sub - CONSENT_DNC].key()
              + ")";
        }
        if (sub == CONSENT_WITHDRAWN) {
          return "marketing consent on " + ch.key() + " withdrawn";
        }
        if (sub == CONSENT_EXPIRED) {
          return "marketing consent on " + ch.key() + " expired or not yet in force";
        }
        return "no marketing consent on " + ch.key();
      case PRESSURE:
        if (sub == PRESSURE_PAUSED) {
          return "customer paused contacts";
        }
        return "cap reached: " + caps[sub - 1];
      case QUIET_HOURS:
        return "quiet hours " + quiet + " in the customer's time zone";
      case CONFLICT:
        return "another action of conflict group "
            + groupNames[group[a]]
            + " delivered within "
            + policy.conflictWindow();
      default:
        return ch.key() + " capacity " + capacity[ch.ordinal()] + " went to higher values";
    }
  }
}
