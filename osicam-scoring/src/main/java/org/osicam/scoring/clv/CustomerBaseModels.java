package org.osicam.scoring.clv;

/** Reads models saved with {@link CustomerBaseModel#toJson()}. */
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
