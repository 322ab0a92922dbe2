package dossier.eval.coref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which of Dossier's time values are one time across articles, for scoring gold TIME mentions.
 *
 * <p>Dossier resolves each time expression against its article's date. A value with a year ("2009-02-01",
 * "2009-02-01TMO", "2007-W14", "195X") is the same time in every article. ECB+ documents carry no date, so
 * "early Tuesday morning" stays {@code XXXX-WXX-2TMO} and "less than a month" {@code P1M}: such a calendar
 * value or duration is one time in the articles of one story, where reports of an event say "Tuesday" for
 * the same Tuesday. A story is the articles that share at least {@link #MIN_SHARED} named archive entities
 * with another of them (the resolver's links, so in an archive of many stories two arrests on a Tuesday
 * stay apart). Values relative to the article's own day ("today", "yesterday": THIS, OFFSET, PRESENT_REF)
 * and clock times ("T02:30", "TNI") stay within their article: two reports need not be of one day.
 */
final class StoryTimes {
  /**
   * Named archive entities two articles share to be of one story. Tuned on the dev and train topics (CoNLL F1,
   * dev / train): 1 0.705 / -, 2 0.705 / 0.656, 3 0.703 / 0.654, 4 0.703 / -; one archive of all topics
   * loses as little at 2 as at 3.
   */
  static final int MIN_SHARED = 2;

  private static final Pattern ANCHORED = Pattern.compile("\\d{3}[\\dX](-.*)?");
  private static final Pattern STORY_WIDE = Pattern.compile("XXXX-.+|P[\\dXT].*");

  private final Map<String, Set<Long>> named = new HashMap<>();
  private final Map<String, List<String>> articlesOf = new LinkedHashMap<>();
  private final Map<String, String> parent = new HashMap<>();

  /** Whether the value names one time in any article: it has a year. */
  static boolean anchored(String value) {
    return ANCHORED.matcher(value).matches();
  }

  /**
   * An anchored value to its day: a part of day or a clock time ("2009-02-01TMO", "2009-02-01T01:30") is the
   * day's time, as reports of one event give "early Sunday" and "around 1:30 a.m. Feb. 1" for it.
   */
  static String day(String anchored) {
    int t = anchored.indexOf('T');
    return t == 10 ? anchored.substring(0, t) : anchored;
  }

  /** Whether the value is one time within a story: a calendar value without a year, or a duration. */
  static boolean storyWide(String value) {
    return STORY_WIDE.matcher(value).matches();
  }

  /** An article and the archive entities of its named entities; add every article before {@link #time}. */
  void article(String article, Set<Long> namedEntities) {
    named.put(article, namedEntities);
  }

  /** Notes that the article has a time of this value; call before {@link #label}. */
  void time(String article, String value) {
    List<String> articles = articlesOf.computeIfAbsent(value, v -> new ArrayList<>());
    if (articles.contains(article)) return;
    for (String other : articles) {
      if (shared(named.getOrDefault(article, Set.of()), named.getOrDefault(other, Set.of())) >= MIN_SHARED) {
        union(node(article, value), node(other, value));
      }
    }
    articles.add(article);
  }

  /** The time's label: the same for every article of its story with this value. */
  String label(String article, String value) {
    return find(node(article, value));
  }

  private static int shared(Set<Long> a, Set<Long> b) {
    Set<Long> small = a.size() <= b.size() ? a : b, large = small == a ? b : a;
    int n = 0;
    for (Long e : small) if (large.contains(e)) n++;
    return n;
  }

  private static String node(String article, String value) {
    return article + "/" + value;
  }

  private String find(String x) {
    String p = parent.getOrDefault(x, x);
    if (p.equals(x)) return x;
    String root = find(p);
    parent.put(x, root);
    return root;
  }

  private void union(String a, String b) {
    String ra = find(a), rb = find(b);
    if (!ra.equals(rb)) parent.put(ra, rb);
  }
}
