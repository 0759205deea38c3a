package org.osicam.core.kb;

import java.util.ArrayList;
import java.util.List;
import org.osicam.core.model.Consent;
import org.osicam.core.model.Customer;
import org.osicam.core.model.Interaction;
import org.osicam.core.model.MatchDecision;
import org.osicam.core.model.Score;
import org.osicam.core.model.SourceRecord;
import org.osicam.core.model.SurveyResponse;
import org.osicam.core.model.Transaction;

/**
 * A set of writes applied atomically: either all of it lands or none of it. It is also the shape of
 * a full export ({@link CustomerKnowledgeBase#export()}).
 *
 * <p>Semantics when applied: customers and source records are upserts (a customer replaces the
 * stored one with the same id, and its {@link Customer#sources()} become its identity-map entries);
 * transactions, interactions and survey responses are inserts keyed by id (the same id with the
 * same content again is a no-op, with different content an error); consents are appended (an
 * identical consent again is a no-op); scores replace the score with the same customer and key;
 * match decisions replace the decision on the same pair of source keys. Every record that refers to
 * a customer must refer to one that exists after the batch.
 *
 * <pre>{@code
 * WriteBatch batch = WriteBatch.builder().customer(customer).transaction(tx).build();
 * kb.apply(batch);
 * }</pre>
 *
 * @param customers golden customers to upsert
 * @param sourceRecords source records to upsert
 * @param transactions transactions to insert
 * @param interactions interactions to insert
 * @param consents consents to append
 * @param surveyResponses survey responses to insert
 * @param scores scores to upsert
 * @param matchDecisions manual match / non-match decisions of consolidation to upsert (keyed by
 *     their pair of source keys; {@code null} reads as empty, for exports written before they
 *     existed)
 */
public record WriteBatch(
    List<Customer> customers,
    List<SourceRecord> sourceRecords,
    List<Transaction> transactions,
    List<Interaction> interactions,
    List<Consent> consents,
    List<SurveyResponse> surveyResponses,
    List<Score> scores,
    List<MatchDecision> matchDecisions) {

  /** Copies every list (nulls rejected, but a missing list of match decisions reads as empty). */
  public WriteBatch {
    customers = List.copyOf(customers);
    sourceRecords = List.copyOf(sourceRecords);
    transactions = List.copyOf(transactions);
    interactions = List.copyOf(interactions);
    consents = List.copyOf(consents);
    surveyResponses = List.copyOf(surveyResponses);
    scores = List.copyOf(scores);
    matchDecisions = matchDecisions == null ? List.of() : List.copyOf(matchDecisions);
  }

  /**
   * A batch without match decisions (the shape before consolidation existed).
   *
   * @param customers golden customers to upsert
   * @param sourceRecords source records to upsert
   * @param transactions transactions to insert
   * @param interactions interactions to insert
   * @param consents consents to append
   * @param surveyResponses survey responses to insert
   * @param scores scores to upsert
   */
  public WriteBatch(
      List<Customer> customers,
      List<SourceRecord> sourceRecords,
      List<Transaction> transactions,
      List<Interaction> interactions,
      List<Consent> consents,
      List<SurveyResponse> surveyResponses,
      List<Score> scores) {
    this(
        customers,
        sourceRecords,
        transactions,
        interactions,
        consents,
        surveyResponses,
        scores,
        List.of());
  }

  /** An empty batch. */
  public static WriteBatch empty() {
    return builder().build();
  }

  /** Starts a batch. */
  public static Builder builder() {
    return new Builder();
  }

  /** Number of records in the batch. */
  public int size() {
    return customers.size()
        + sourceRecords.size()
        + transactions.size()
        + interactions.size()
        + consents.size()
        + surveyResponses.size()
        + scores.size()
        + matchDecisions.size();
  }

  /** Collects the records of a batch; not thread-safe; {@link #build()} can be called again. */
  public static final class Builder {
    private final List<Customer> customers = new ArrayList<>();
    private final List<SourceRecord> sourceRecords = new ArrayList<>();
    private final List<Transaction> transactions = new ArrayList<>();
    private final List<Interaction> interactions = new ArrayList<>();
    private final List<Consent> consents = new ArrayList<>();
    private final List<SurveyResponse> surveyResponses = new ArrayList<>();
    private final List<Score> scores = new ArrayList<>();
    private final List<MatchDecision> matchDecisions = new ArrayList<>();

    private Builder() {}

    /**
     * @param value a customer to upsert @return this builder
     */
    public Builder customer(Customer value) {
      customers.add(value);
      return this;
    }

    /**
     * @param value a source record to upsert @return this builder
     */
    public Builder sourceRecord(SourceRecord value) {
      sourceRecords.add(value);
      return this;
    }

    /**
     * @param value a transaction to insert @return this builder
     */
    public Builder transaction(Transaction value) {
      transactions.add(value);
      return this;
    }

    /**
     * @param values transactions to insert @return this builder
     */
    public Builder transactions(Iterable<Transaction> values) {
      values.forEach(transactions::add);
      return this;
    }

    /**
     * @param value an interaction to insert @return this builder
     */
    public Builder interaction(Interaction value) {
      interactions.add(value);
      return this;
    }

    /**
     * @param value a consent to append @return this builder
     */
    public Builder consent(Consent value) {
      consents.add(value);
      return this;
    }

    /**
     * @param value a survey response to insert @return this builder
     */
    public Builder surveyResponse(SurveyResponse value) {
      surveyResponses.add(value);
      return this;
    }

    /**
     * @param value a score to upsert @return this builder
     */
    public Builder score(Score value) {
      scores.add(value);
      return this;
    }

    /**
     * @param value a manual match decision to upsert @return this builder
     */
    public Builder matchDecision(MatchDecision value) {
      matchDecisions.add(value);
      return this;
    }

    /**
     * @return the immutable batch
     */
    public WriteBatch build() {
      return new WriteBatch(
          customers,
          sourceRecords,
          transactions,
          interactions,
          consents,
          surveyResponses,
          scores,
          matchDecisions);
    }
  }
}
