package dossier.eval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimingsTest {

  @Test
  void nearestRankPercentilesOfOneToHundred() {
    List<Double> millis = new ArrayList<>();
    for (int i = 100; i >= 1; i--) millis.add((double) i);
    Timings t = new Timings(millis);
    assertEquals(50.5, t.mean(), 1e-9);
    assertEquals(50, t.percentile(0.5));
    assertEquals(95, t.percentile(0.95));
    assertEquals(100, t.percentile(1.0));
  }

  @Test
  void percentilesOfTwentyCallsAreActualCalls() {
    List<Double> millis = new ArrayList<>();
    for (int i = 1; i <= 20; i++) millis.add(i * 10.0);
    Timings t = new Timings(millis);
    assertEquals(100, t.percentile(0.5));
    assertEquals(190, t.percentile(0.95));
  }
}
