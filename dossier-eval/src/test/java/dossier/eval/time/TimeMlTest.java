package dossier.eval.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeMlTest {

  private static final String TML = """
      <?xml version="1.0" ?>
      <TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
      <DOCID> AP_1 </DOCID>
      <DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
      <TITLE>AT&amp;T <TIMEX3 tid="t9" type="DATE" value="2013">2013</TIMEX3></TITLE>
      <TEXT>
      AT&amp;T <EVENT eid="e1" class="OCCURRENCE">said</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2013-03-17">Sunday <SIGNAL sid="s1">morning</SIGNAL></TIMEX3> it &lt;grew&gt; for <TIMEX3 tid="t2" type="DURATION" value="P1M">a month</TIMEX3>.
      </TEXT>
      </TimeML>
      """;

  @Test
  void readsIdDctAndTextWithEntitiesDecoded() {
    TimeMlDocument d = TimeMl.parse(TML);
    assertEquals("AP_1", d.docId());
    assertEquals(new Timex(0, 0, "March 22, 2013", "DATE", "2013-03-22"), d.dct());
    assertEquals("\nAT&T said on Sunday morning it <grew> for a month.\n", d.text());
  }

  @Test
  void spansPointIntoTheTextAcrossNestedTags() {
    TimeMlDocument d = TimeMl.parse(TML);
    assertEquals(List.of(new Timex(14, 28, "Sunday morning", "DATE", "2013-03-17"),
        new Timex(43, 50, "a month", "DURATION", "P1M")), d.timexes());
    for (Timex t : d.timexes()) assertEquals(t.text(), d.text().substring(t.start(), t.end()));
  }

  @Test
  void refusesFilesWithoutText() {
    assertThrows(IllegalArgumentException.class, () -> TimeMl.parse("<TimeML><DOCID>x</DOCID></TimeML>"));
    assertThrows(IllegalArgumentException.class, () -> TimeMl.parse("<TimeML><DOCID>x</TimeML>"));
  }
}
