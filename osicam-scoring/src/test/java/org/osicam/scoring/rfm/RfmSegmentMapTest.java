package org.osicam.scoring.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.CustomerId;
import org.osicam.core.segment.EvaluationContext;
import org.osicam.core.segment.Profile;
import org.osicam.core.segment.Schema;
import org.osicam.core.segment.SegmentMap;

class RfmSegmentMapTest {

  @Test
  void rfGridCoversEveryRfCellExactlyOnce() {
    assertThat(RfmSegmentMap.rfGrid().warnings(5)).isEmpty();
    assertThat(RfmSegmentMap.rfGrid().segment(5, 1, 3)).isEqualTo("New Customers");
  }

  @Test
  void theElevenRowMapWarnsThatLostIsUnreachable() {
    String json =
        "{\"name\":\"putler\",\"default\":\"Others\",\"segments\":["
            + "{\"name\":\"Hibernating\",\"r\":[1,2],\"f\":[1,2],\"m\":[1,2]},"
            + "{\"name\":\"Lost\",\"r\":[1,2],\"f\":[1,2],\"m\":[1,2]}]}";

    List<String> warnings = RfmSegmentMap.fromJson(json).warnings(5);

    assertThat(warnings)
        .contains(
            "segment 'Lost' (row 2) is unreachable: every cell it covers is taken by earlier rows"
                + " or lies outside scores 1..5",
            "117 of 125 cells match no segment and get the default label 'Others'");
  }

  @Test
  void classicMapReportsItsOverlapsAndItsThreeUnreachableRows() {
    // the package test's map: Potential Loyalist (3-5/1-3/1-3) takes every New Customers and
    // Promising cell, At Risk (1-2/2-5/2-5) every Can't Lose Them cell
    List<String> warnings = RfmSegmentMap.classic().warnings(5);

    assertThat(warnings)
        .contains(
            "segment 'Loyal Customers' (row 2) overlaps 'Champions' (row 1) on 8 cells;"
                + " 'Champions' wins them",
            "36 of 125 cells match no segment and get the default label 'Others'");
    assertThat(warnings.stream().filter(w -> w.contains("unreachable")))
        .hasSize(3)
        .anyMatch(w -> w.startsWith("segment 'New Customers' (row 4) is unreachable"))
        .anyMatch(w -> w.startsWith("segment 'Promising' (row 5) is unreachable"))
        .anyMatch(w -> w.startsWith("segment 'Can't Lose Them' (row 9) is unreachable"));
  }

  @Test
  void mapWithoutDefaultIsRejected() {
    assertThatThrownBy(
            () -> RfmSegmentMap.fromJson("{\"segments\":[{\"name\":\"A\",\"r\":[1,5]}]}"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("$.default must be a default label");
  }

  @Test
  void emptyRangeIsRejectedNamingTheSegment() {
    assertThatThrownBy(
            () ->
                RfmSegmentMap.fromJson(
                    "{\"default\":\"O\",\"segments\":[{\"name\":\"A\",\"r\":[4,2]}]}"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("segment 'A' r must be a non-empty range of scores within 1..9, was [4, 2]");
  }

  @Test
  void jsonRoundTrips() {
    for (RfmSegmentMap map :
        List.of(RfmSegmentMap.classic(), RfmSegmentMap.vignette(), RfmSegmentMap.rfGrid())) {
      assertThat(RfmSegmentMap.fromJson(map.toJson())).isEqualTo(map);
    }
  }

  @Test
  void theSameMapInTheSegmentLanguageAgreesCellByCell() {
    Schema schema =
        Schema.builder()
            .score(Rfm.RECENCY_SCORE)
            .score(Rfm.FREQUENCY_SCORE)
            .score(Rfm.MONETARY_SCORE)
            .build();
    RfmSegmentMap classic = RfmSegmentMap.classic();
    SegmentMap general = classic.toSegmentMap(schema);
    EvaluationContext ctx = EvaluationContext.asOf(LocalDate.of(2024, 1, 1));

    for (int r = 1; r <= 5; r++) {
      for (int f = 1; f <= 5; f++) {
        for (int m = 1; m <= 5; m++) {
          Profile p =
              Profile.builder(CustomerId.of("x"))
                  .score(Rfm.RECENCY_SCORE, r)
                  .score(Rfm.FREQUENCY_SCORE, f)
                  .score(Rfm.MONETARY_SCORE, m)
                  .build();
          assertThat(general.assign(p, ctx).segment()).isEqualTo(classic.segment(r, f, m));
        }
      }
    }
  }
}
