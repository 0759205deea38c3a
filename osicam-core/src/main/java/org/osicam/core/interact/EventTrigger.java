package org.osicam.core.interact;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.osicam.core.InvalidDataException;
import org.osicam.core.event.CustomerEvent;
import org.osicam.core.event.EventType;

/**
 * "When an event of this type happens, propose this action within this window, once only." Events
 * come from {@link org.osicam.core.event.CustomerEvent}; {@link Decider#onEvent} applies the
 * triggers with the whole policy (consent, pressure, quiet hours, conflicts, control groups).
 *
 * <p>Once only: a trigger fires at most once per customer, ever (a decision it made, contact or
 * control, is in the customer's history). Loop protection: after any triggered decision, no trigger
 * fires again for that customer within the policy's trigger cooldown, so outcome → re-score → event
 * → action chains stop.
 *
 * <pre>{@code
 * EventTrigger welcome = new EventTrigger("vip-welcome", EventType.SEGMENT_MOVE,
 *     Map.of("to", "Champions"), "vip-welcome-email", Duration.ofDays(2));
 * }</pre>
 *
 * @param id unique trigger id
 * @param eventType the event type that fires it
 * @param labels labels the event must carry with these values (empty: any event of the type)
 * @param actionId the action proposed (an id of the catalogue)
 * @param window how long after the event the action may still be proposed, positive
 */
public record EventTrigger(
    String id, EventType eventType, Map<String, String> labels, String actionId, Duration window) {

  /** Validates. */
  public EventTrigger {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(eventType, "trigger[" + id + "].event");
    labels = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(labels, "labels")));
    Objects.requireNonNull(actionId, "trigger[" + id + "].action");
    Objects.requireNonNull(window, "trigger[" + id + "].window");
    if (window.isNegative() || window.isZero()) {
      throw new InvalidDataException(
          "trigger[" + id + "].window", "a positive duration", window.toString());
    }
  }

  /**
   * @param event an event
   * @return whether the event has this trigger's type and labels
   */
  public boolean matches(CustomerEvent event) {
    if (event.type() != eventType) {
      return false;
    }
    for (Map.Entry<String, String> e : labels.entrySet()) {
      if (!e.getValue().equals(event.labels().get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }
}
