package org.osicam.core.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One contact between the company and a customer, with its status or outcome. Interactions are
 * append-only: a later outcome of the same decision is a new interaction with the same {@code
 * decisionId}.
 *
 * <pre>{@code
 * Interaction i = Interaction.builder("I1", CustomerId.of("C1"), Channel.EMAIL, Instant.now())
 *     .purpose(Purpose.MARKETING).actionId("spring-sale").status(InteractionStatus.DELIVERED).build();
 * }</pre>
 *
 * @param id the interaction id, unique in the knowledge base
 * @param customerId the customer
 * @param channel the channel
 * @param purpose marketing or service
 * @param direction inbound or outbound
 * @param actionId the campaign or action id, or {@code null}
 * @param decisionId the decision that caused it, or {@code null}
 * @param control whether the customer was held out as control (not contacted)
 * @param timestamp when it happened
 * @param status status or outcome
 * @param note free text (personal; removed by erasure), or {@code null}
 */
public record Interaction(
    String id,
    CustomerId customerId,
    Channel channel,
    Purpose purpose,
    Direction direction,
    @Nullable String actionId,
    @Nullable String decisionId,
    boolean control,
    Instant timestamp,
    InteractionStatus status,
    @Nullable String note) {

  /** Validates. */
  public Interaction {
    Checks.nonBlank(id, "interaction.id");
    Checks.nonNull(customerId, "interaction.customerId");
    Checks.nonNull(channel, "interaction.channel");
    Checks.nonNull(purpose, "interaction.purpose");
    Checks.nonNull(direction, "interaction.direction");
    Checks.nonNull(timestamp, "interaction.timestamp");
    Checks.nonNull(status, "interaction.status");
  }

  /** A copy without the free-text note. */
  public Interaction withoutNote() {
    return new Interaction(
        id,
        customerId,
        channel,
        purpose,
        direction,
        actionId,
        decisionId,
        control,
        timestamp,
        status,
        null);
  }

  /**
   * Starts an outbound marketing interaction with status {@link InteractionStatus#DELIVERED}.
   *
   * @param id interaction id
   * @param customerId customer
   * @param channel channel
   * @param timestamp when
   * @return a builder
   */
  public static Builder builder(
      String id, CustomerId customerId, Channel channel, Instant timestamp) {
    return new Builder(id, customerId, channel, timestamp);
  }

  /** Builder with defaults: marketing, outbound, delivered, not control. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final CustomerId customerId;
    private final Channel channel;
    private final Instant timestamp;
    private Purpose purpose = Purpose.MARKETING;
    private Direction direction = Direction.OUTBOUND;
    private @Nullable String actionId;
    private @Nullable String decisionId;
    private boolean control;
    private InteractionStatus status = InteractionStatus.DELIVERED;
    private @Nullable String note;

    private Builder(String id, CustomerId customerId, Channel channel, Instant timestamp) {
      this.id = id;
      this.customerId = customerId;
      this.channel = channel;
      this.timestamp = timestamp;
    }

    /**
     * @param value purpose @return this builder
     */
    public Builder purpose(Purpose value) {
      this.purpose = Checks.nonNull(value, "purpose");
      return this;
    }

    /**
     * @param value direction @return this builder
     */
    public Builder direction(Direction value) {
      this.direction = Checks.nonNull(value, "direction");
      return this;
    }

    /**
     * @param value action id @return this builder
     */
    public Builder actionId(String value) {
      this.actionId = Checks.nonBlank(value, "actionId");
      return this;
    }

    /**
     * @param value decision id @return this builder
     */
    public Builder decisionId(String value) {
      this.decisionId = Checks.nonBlank(value, "decisionId");
      return this;
    }

    /**
     * @param value control flag @return this builder
     */
    public Builder control(boolean value) {
      this.control = value;
      return this;
    }

    /**
     * @param value status @return this builder
     */
    public Builder status(InteractionStatus value) {
      this.status = Checks.nonNull(value, "status");
      return this;
    }

    /**
     * @param value free-text note @return this builder
     */
    public Builder note(String value) {
      this.note = Checks.nonNull(value, "note");
      return this;
    }

    /**
     * @return the interaction
     */
    public Interaction build() {
      return new Interaction(
          id,
          customerId,
          channel,
          purpose,
          direction,
          actionId,
          decisionId,
          control,
          timestamp,
          status,
          note);
    }
  }
}
