package org.osicam.scoring.clv;

import java.time.Clock;
import org.osicam.core.ProgressListener;

/** Settings shared by every fitter. */
record FitOptions(double penalty, int maxIterations, Clock clock, ProgressListener progress) {
  static FitOptions defaults() {
    return new FitOptions(0, 500, Clock.systemUTC(), ProgressListener.none());
  }
}
