package dossier.eval.coref;

import dossier.archive.Archive;
import dossier.archive.resolve.CrossDocResolver;
import dossier.eval.EvalContext;
import dossier.eval.Suite;
import dossier.eval.SuiteResult;
import dossier.model.ArticleAnalysis;
import dossier.model.Entity;
import dossier.pipeline.Pipeline;
import dossier.pipeline.read.Dateline;
import dossier.pipeline.read.RawArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * ECB+ topics 36-45: cross-document entity coreference, MUC, B-cubed, CEAF-e and CoNLL F1.
 *
 * <p>Each document is analyzed by Dossier's pipeline and stored in a temporary archive with the
 * {@link CrossDocResolver}, one archive per gold topic (the usual "gold topics" setting; the row
 * {@code dossier-one-archive} stores all topics in one archive). A gold mention takes the archive
 * entity of the article-entity mention that overlaps it most (ties: the shorter mention); a gold
 * mention no Dossier mention overlaps is a singleton. A gold TIME mention takes the time of Dossier's
 * time expression instead, one time across the articles {@link StoryTimes} says.
 */
public final class XdocSuite implements Suite {

  private static final List<Integer> TEST_TOPICS = IntStream.rangeClosed(36, 45).boxed().toList();
  /** The usual ECB+ dev split (Cybulska and Vossen 2015): tune here, report on test. */
  private static final List<Integer> DEV_TOPICS = List.of(2, 5, 12, 18, 21, 23, 34, 35);
  /** The usual ECB+ train split: every topic below 36 that is not dev (there is no topic 15 or 17). */
  private static final List<Integer> TRAIN_TOPICS =
      List.of(1, 3, 4, 6, 7, 8, 9, 10, 11, 13, 14, 16, 19, 20, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33);

  private final String name;
  private final String split;
  private final String dataset;
  private final List<Integer> topics;

  /** The test suite, {@code xdoc}: topics 36-45. */
  public XdocSuite() {
    this("xdoc", "test", "ecbplus-36-45", TEST_TOPICS);
  }

  private XdocSuite(String name, String split, String dataset, List<Integer> topics) {
    this.name = name;
    this.split = split;
    this.dataset = dataset;
    this.topics = topics;
  }

  /** The dev suite, {@code xdoc-dev}: topics 2, 5, 12, 18, 21, 23, 34, 35, for tuning. */
  public static XdocSuite dev() {
    return new XdocSuite("xdoc-dev", "dev", "ecbplus-dev", DEV_TOPICS);
  }

  /** The train suite, {@code xdoc-train}: the 25 train topics, for tuning on classes dev barely has. */
  public static XdocSuite train() {
    return new XdocSuite("xdoc-train", "train", "ecbplus-train", TRAIN_TOPICS);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return "ECB+ " + split + " topics " + topics + ", cross-document entity coreference: muc_f1 b3_f1 ceafe_f1 conll_f1";
  }

  @Override
  public List<SuiteResult> run(EvalContext context) throws Exception {
    Path dir = context.dataset("ecbplus");
    if (dir == null) return List.of(SuiteResult.unavailable(name(), dataset, "no ecbplus/ in " + context.data()));
    EcbPlus.Key key = EcbPlus.read(dir, topics, context.limit());
    String gold = key.mentions() + " gold entity mentions in " + key.clusters().size()
        + " clusters (validated sentences, gold mentions, singletons included)";
    List<Set<String>> singletons = key.clusters().stream().flatMap(Set::stream).map(Set::of).toList();
    List<Set<String>> sameName = partition(sameNameLabels(key));

    long t0 = System.nanoTime();
    List<ArticleAnalysis> analyses = analyze(context.pipeline(), key.documents(), dataset);
    long t1 = System.nanoTime();
    Map<String, String> perTopic = new HashMap<>(), oneArchive = new HashMap<>(), articleTimes = new HashMap<>();
    Map<Integer, List<Integer>> byTopic = new TreeMap<>();
    for (int i = 0; i < key.documents().size(); i++) {
      byTopic.computeIfAbsent(key.documents().get(i).topic(), t -> new ArrayList<>()).add(i);
    }
    for (var topic : byTopic.entrySet()) {
      List<EcbPlus.Doc> docs = topic.getValue().stream().map(key.documents()::get).toList();
      List<ArticleAnalysis> as = topic.getValue().stream().map(analyses::get).toList();
      perTopic.putAll(link(docs, as, "t" + topic.getKey(), articleTimes));
    }
    oneArchive.putAll(link(key.documents(), analyses, "all", new HashMap<>()));
    long t2 = System.nanoTime();
    List<Set<String>> response = partition(complete(key, perTopic));
    List<Set<String>> responseAll = partition(complete(key, oneArchive));
    Map<String, String> hybrid = new HashMap<>(sameNameLabels(key));
    hybrid.replaceAll((m, l) -> "name:" + l);
    hybrid.putAll(perTopic);
    List<Set<String>> responseHybrid = partition(complete(key, hybrid));
    Map<String, String> timesInArticle = new HashMap<>(perTopic);
    timesInArticle.putAll(articleTimes);
    long matched = perTopic.size();
    String note = gold + "; " + matched + " gold mentions matched a Dossier entity mention, the rest singletons; gold topics; "
        + String.format(Locale.ROOT, "analysis %.0f s, archive %.1f s", (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    writeErrors(context, key, perTopic, name);
    return List.of(
        new SuiteResult(name(), "dossier", split, dataset, key.docs(), CorefScores.of(key.clusters(), response).metrics(), note),
        new SuiteResult(name(), "dossier-one-archive", split, dataset, key.docs(),
            CorefScores.of(key.clusters(), responseAll).metrics(), "all " + split + " topics in one archive (no topic clustering)"),
        new SuiteResult(name(), "dossier+samename", split, dataset, key.docs(),
            CorefScores.of(key.clusters(), responseHybrid).metrics(),
            "dossier where a Dossier mention overlaps, else the gold mention's lower-cased text within its topic"),
        diagnostic(key, "dossier-article-times", timesInArticle,
            "diagnostic: times without a year (\"Tuesday\", \"P1M\") one time only within their article, not across their story"),
        diagnostic(key, "dossier+gold-links", Oracles.goldAcrossDocuments(key.clusters(), perTopic),
            "diagnostic: Dossier's clusters within each article, linked across articles as the gold links them"),
        diagnostic(key, "dossier+gold-in-article", Oracles.goldWithinDocuments(key.clusters(), perTopic),
            "diagnostic: the gold clusters within each article, linked across articles as Dossier links them"),
        diagnostic(key, "gold-where-found", Oracles.goldWhereFound(key.clusters(), perTopic),
            "diagnostic: the gold clusters of the mentions Dossier finds, the rest singletons (the ceiling of its mentions)"),
        new SuiteResult(name(), "baseline-singletons", split, dataset, key.docs(),
            CorefScores.of(key.clusters(), singletons).metrics(), gold),
        new SuiteResult(name(), "baseline-samename", split, dataset, key.docs(),
            CorefScores.of(key.clusters(), sameName).metrics(), "gold mentions grouped by lower-cased text within a gold topic"));
  }

  private SuiteResult diagnostic(EcbPlus.Key key, String system, Map<String, String> labels, String note) {
    return new SuiteResult(name(), system, split, dataset, key.docs(),
        CorefScores.of(key.clusters(), partition(complete(key, labels))).metrics(), note);
  }

  private static List<ArticleAnalysis> analyze(Pipeline pipeline, List<EcbPlus.Doc> docs, String dataset) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
    try {
      List<Future<ArticleAnalysis>> futures = new ArrayList<>();
      for (EcbPlus.Doc d : docs) {
        // ECB+ gives no dates; like a plain-text input, an article is dated by the date its header prints, if any.
        java.time.LocalDate date = Dateline.inHeader(d.text()).orElse(null);
        futures.add(pool.submit(() -> pipeline.analyze(new RawArticle(d.name(), date, null, null, null, d.text(), dataset))));
      }
      List<ArticleAnalysis> out = new ArrayList<>();
      for (Future<ArticleAnalysis> f : futures) out.add(f.get());
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Gold mention id -> archive entity label, for the mentions a Dossier entity mention overlaps; a TIME mention
   * takes the time of the Dossier time expression that overlaps it ({@link StoryTimes}). {@code articleTimes}
   * receives, for the times one within a story, the label they would have as one only within their article.
   */
  private static Map<String, String> link(List<EcbPlus.Doc> docs, List<ArticleAnalysis> analyses, String label,
      Map<String, String> articleTimes)
      throws IOException {
    Path tmp = Files.createTempDirectory("dossier-xdoc-");
    Map<String, String> out = new HashMap<>();
    try (Archive archive = Archive.open(tmp, new CrossDocResolver())) {
      // Articles that differ only in id (ECB+ has no duplicates, but be safe): store one by one, in order.
      for (ArticleAnalysis a : analyses) archive.store(a);
      StoryTimes story = new StoryTimes();
      for (ArticleAnalysis a : analyses) {
        List<String> values = a.times() == null ? List.of()
            : a.times().stream().map(dossier.model.TimeExpression::value).filter(v -> v != null).toList();
        story.article(a.id(), a.date(), namedEntities(archive, a.id()), values);
      }
      Map<String, String[]> storyTimes = new LinkedHashMap<>();
      for (int i = 0; i < docs.size(); i++) {
        EcbPlus.Doc doc = docs.get(i);
        String id = analyses.get(i).id();
        List<long[]> spans = archive.read(db -> {
          List<long[]> rows = new ArrayList<>();
          try (PreparedStatement s = db.prepareStatement("SELECT m.start, m.end, l.entity FROM mentions m JOIN articles a "
              + "ON a.pk = m.article JOIN entity_links l ON l.article = m.article AND l.local_id = m.entity WHERE a.id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) rows.add(new long[] {r.getLong(1), r.getLong(2), r.getLong(3)});
            }
          }
          return rows;
        });
        for (var m : doc.mentions().entrySet()) {
          int gs = m.getValue()[0], ge = m.getValue()[1];
          if (doc.isTime(m.getKey())) {
            String time = timeValue(analyses.get(i), gs, ge);
            if (time != null) {
              if (StoryTimes.anchored(time)) {
                out.put(m.getKey(), label + "/@time:" + StoryTimes.day(time));
              } else if (StoryTimes.storyWide(time)) {
                String day = StoryTimes.day(time);
                story.time(id, day);
                storyTimes.put(m.getKey(), new String[] {id, day});
                articleTimes.put(m.getKey(), label + "/" + id + "/time:" + time);
              } else {
                out.put(m.getKey(), label + "/" + id + "/time:" + time);
              }
              continue;
            }
          }
          long[] best = spans.stream().filter(s -> s[0] < ge && gs < s[1])
              .max(Comparator.comparingLong((long[] s) -> Math.min(ge, s[1]) - Math.max(gs, s[0]))
                  .thenComparingLong(s -> -(s[1] - s[0])))
              .orElse(null);
          if (best != null) out.put(m.getKey(), label + "/" + best[2]);
        }
      }
      storyTimes.forEach((mention, t) -> out.put(mention, label + "/" + story.label(t[0], t[1])));
    } finally {
      deleteTree(tmp);
    }
    return out;
  }

  /** The archive entities of the article's named entities (not those it only describes, "the man"). */
  private static Set<Long> namedEntities(Archive archive, String id) throws IOException {
    return archive.read(db -> {
      Set<Long> out = new HashSet<>();
      try (PreparedStatement s = db.prepareStatement("SELECT l.entity, e.name FROM entity_links l JOIN articles a ON a.pk = l.article "
          + "JOIN article_entities e ON e.article = l.article AND e.local_id = l.local_id WHERE a.id = ?")) {
        s.setString(1, id);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) if (!Entity.isDescribed(r.getString(2))) out.add(r.getLong(1));
        }
      }
      return out;
    });
  }

  /**
   * The normalized value of the Dossier time expression that overlaps a gold TIME mention most (ties: the
   * shorter expression), or null when none does; {@link StoryTimes} says across which articles it is one time.
   */
  private static String timeValue(ArticleAnalysis a, int gs, int ge) {
    if (a.times() == null) return null;
    return a.times().stream().filter(t -> t.value() != null && t.start() < ge && gs < t.end())
        .max(Comparator.comparingInt((dossier.model.TimeExpression t) -> Math.min(ge, t.end()) - Math.max(gs, t.start()))
            .thenComparingInt(t -> -(t.end() - t.start())))
        .map(dossier.model.TimeExpression::value)
        .orElse(null);
  }

  /** Every gold mention's label: the linked one, else itself (a singleton). */
  private static Map<String, String> complete(EcbPlus.Key key, Map<String, String> labels) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Set<String> c : key.clusters()) for (String m : c) out.put(m, labels.getOrDefault(m, m));
    return out;
  }

  private static Map<String, String> sameNameLabels(EcbPlus.Key key) {
    Map<String, String> out = new LinkedHashMap<>();
    for (EcbPlus.Doc d : key.documents()) {
      for (var m : d.mentions().entrySet()) {
        int[] s = m.getValue();
        String text = d.text().substring(d.text().offsetByCodePoints(0, s[0]), d.text().offsetByCodePoints(0, s[1]));
        out.put(m.getKey(), d.topic() + "/" + text.toLowerCase(Locale.ROOT));
      }
    }
    for (Set<String> c : key.clusters()) for (String m : c) out.putIfAbsent(m, m);
    return out;
  }

  private static List<Set<String>> partition(Map<String, String> labels) {
    Map<String, Set<String>> groups = new LinkedHashMap<>();
    labels.forEach((m, l) -> groups.computeIfAbsent(l, x -> new java.util.TreeSet<>()).add(m));
    return List.copyOf(groups.values());
  }

  /** {@code out/xdoc-errors.tsv}: each gold mention with its text, gold cluster and Dossier label, for error analysis. */
  private static void writeErrors(EvalContext context, EcbPlus.Key key, Map<String, String> labels, String name) {
    try {
      Map<String, String> text = new HashMap<>();
      for (EcbPlus.Doc d : key.documents()) {
        for (var m : d.mentions().entrySet()) {
          int[] s = m.getValue();
          text.put(m.getKey(), d.text().substring(d.text().offsetByCodePoints(0, s[0]), d.text().offsetByCodePoints(0, s[1])));
        }
      }
      List<String> lines = new ArrayList<>(List.of("mention\tgold\tdossier\ttext"));
      int n = 0;
      for (Set<String> c : key.clusters()) {
        n++;
        for (String m : new java.util.TreeSet<>(c)) {
          lines.add(m + "\tg" + n + "\t" + labels.getOrDefault(m, "-") + "\t" + text.getOrDefault(m, ""));
        }
      }
      Files.createDirectories(context.out());
      Files.write(context.out().resolve(name + "-mentions.tsv"), lines);
    } catch (IOException ignored) {
      // error analysis output is optional
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
