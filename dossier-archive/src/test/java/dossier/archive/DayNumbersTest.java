package dossier.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayNumbersTest {
  @Test
  void aDaysNumberIsItsDigitsAndOrdersAsItsText() {
    assertEquals(20221103, DayNumbers.of("2022-11-03"));
    assertEquals(20221103, DayNumbers.of("2022-11-03T10:00"));
    assertEquals(20221103, DayNumbers.of(LocalDate.of(2022, 11, 3)));
    assertEquals(101, DayNumbers.of(LocalDate.of(0, 1, 1)));
    assertEquals("2022-11-03", DayNumbers.text(20221103));
    assertEquals("0000-01-01", DayNumbers.text(101));
    // Every "NNNN-NN-NN" an event's time may start with, calendar days or not: the numbers keep the text's order.
    List<String> days = List.of("2022-11-03", "2022-02-30", "2022-13-45", "0000-00-00", "1999-12-31", "2022-11-30",
        "2022-02-28", "2022-03-01", "9999-99-99", "2022-11-03");
    assertEquals(days.stream().sorted().toList(),
        days.stream().sorted(Comparator.comparingInt(DayNumbers::of)).toList());
    for (String day : days) assertEquals(day, DayNumbers.text(DayNumbers.of(day)));
  }
}
