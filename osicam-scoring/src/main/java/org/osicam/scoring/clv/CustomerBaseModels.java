package org.osicam.scoring.clv;

/**
 * Reads models saved with {@link CustomerBaseModel#toJson()}.
 *
 * <pre>{@code
 * String json = BgNbd.fitter().fit(summaries).toJson();
 * CustomerBaseModel model = CustomerBaseModels.fromJson(json);
 * if (model instanceof BgNbd bgNbd) {
 *   double pAlive = bgNbd.probabilityAlive(2, 30.43, 38.86);
 * }
 * }</pre>
 */
public final class CustomerBaseModels {
  private CustomerBaseModels() {}

  /**
   * @param json a document written by {@link CustomerBaseModel#toJson()}
   * @return the model, with its fit report when it had one
   * @throws IllegalArgumentException if the document is not a saved model
   */
  public static CustomerBaseModel fromJson(String json) {
    return ModelJson.read(json);
  }
}
