package org.osicam.examples;

import java.time.LocalDate;
import org.osicam.scoring.rfm.Orders;
import org.osicam.scoring.rfm.Rfm;
import org.osicam.scoring.rfm.RfmResult;
import org.osicam.scoring.rfm.RfmSegmentMap;
import org.osicam.scoring.rfm.RfmSegmentation;

/** docs/segment-rfm.md: RFM scores, thresholds and the classic segment map. */
public final class RfmExample {
  private RfmExample() {}

  /**
   * Runs the example.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    Orders.Builder b = Orders.builder();
    String[] customers = {"C1", "C2", "C3", "C4", "C5", "C6"};
    for (int c = 0; c < customers.length; c++) {
      for (int k = 0; k <= c; k++) {
        b.add(customers[c], LocalDate.of(2006, 12, 1).minusDays(40L * (5 - c) + k), 20.0 * (c + 1));
      }
    }
    RfmResult result = Rfm.builder().asOf(LocalDate.of(2006, 12, 31)).build().score(b.build());
    System.out.println("thresholds " + result.thresholds());
    RfmSegmentation seg = result.segment(RfmSegmentMap.classic());
    for (int i = 0; i < result.size(); i++) {
      System.out.println(result.get(i) + " cell " + result.cell(i) + " -> " + seg.segment(i));
    }
  }
}
