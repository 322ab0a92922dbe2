package dossier.archive;

import java.time.LocalDate;

/**
 * A day as the links hold it (V13: {@code entity_links.date} and {@code event_day}): the integer yyyymmdd of
 * its "yyyy-mm-dd" text, 20221103 for "2022-11-03". In the same order as the text for every "NNNN-NN-NN" (an
 * event's day is any time that starts so, a calendar day or not, which epoch days could not order), 4 bytes
 * in a record and an index entry instead of 10, and still readable in sqlite3.
 */
public final class DayNumbers {
  private DayNumbers() {}

  /** The number of a date. */
  public static int of(LocalDate date) {
    return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
  }

  /** The number of a day written "NNNN-NN-NN" (ASCII digits; anything after is ignored). */
  public static int of(String day) {
    return Integer.parseInt(day, 0, 4, 10) * 10000 + Integer.parseInt(day, 5, 7, 10) * 100
        + Integer.parseInt(day, 8, 10, 10);
  }

  /** The text of a day's number, "2022-11-03" for 20221103: how the articles and events write it. */
  public static String text(long number) {
    return String.format("%04d-%02d-%02d", number / 10000, number / 100 % 100, number % 100);
  }
}
