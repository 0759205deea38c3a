package org.osicam.core;

/**
 * Receives progress of a long operation (consolidation, model fitting, batch scoring).
 *
 * <p>Calls come from the thread that runs the operation; implementations must be fast and must not
 * throw. Messages never contain personal data.
 *
 * <pre>{@code
 * ProgressListener listener = (stage, done, total) ->
 *     System.err.printf("%s %d/%d%n", stage, done, total);
 * }</pre>
 */
@FunctionalInterface
public interface ProgressListener {

  /**
   * Reports that {@code done} units of {@code total} are finished in {@code stage}.
   *
   * @param stage a short stage name such as {@code "block"} or {@code "fit"}
   * @param done units done so far, {@code 0 <= done <= total}
   * @param total units in the stage, or {@code -1} when unknown
   */
  void onProgress(String stage, long done, long total);

  /** A listener that ignores every report. */
  static ProgressListener none() {
    return (stage, done, total) -> {};
  }
}
