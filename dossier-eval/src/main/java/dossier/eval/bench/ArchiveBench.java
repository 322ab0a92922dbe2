package dossier.eval.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.archive.Archive;
import dossier.archive.query.Queries;
import dossier.archive.query.QueryRecords.EntityProfile;
import dossier.archive.query.QueryRecords.EntityRef;
import dossier.model.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The archive benchmark (bench/run-archive-bench.sh, docs/PERFORMANCE.md), in two steps that run in
 * their own JVMs; the ingest between them is the real {@code dossier ingest}.
 * <pre>
 * generate OUT.jsonl N SEED SAMPLE...   N realistic pre-analyzed articles (see ArticleGenerator)
 * query ARCHIVE RESULTS.jsonl SEED SAMPLE...   search and entity-profile latencies
 * </pre>
 */
public final class ArchiveBench {
  private ArchiveBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: ArchiveBench generate OUT.jsonl N SEED SAMPLE... | query ARCHIVE RESULTS.jsonl SEED SAMPLE...");
      System.exit(2);
    }
    List<String> samples = Arrays.asList(args).subList(4, args.length);
    switch (args[0]) {
      case "generate" -> generate(Path.of(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]), samples);
      case "query" -> query(Path.of(args[1]), Path.of(args[2]), Long.parseLong(args[3]), samples);
      default -> {
        System.err.println("ArchiveBench: unknown step " + args[0]);
        System.exit(2);
      }
    }
  }

  /** The texts of sample files: .txt whole, .jsonl by their "text" fields. */
  static List<String> texts(List<String> samples) throws IOException {
    List<String> texts = new ArrayList<>();
    for (String s : samples) {
      Path p = Path.of(s);
      List<Path> files;
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
      } else {
        files = List.of(p);
      }
      for (Path f : files) {
        String name = f.getFileName().toString();
        if (name.endsWith(".txt")) texts.add(Files.readString(f));
        if (name.endsWith(".jsonl")) {
          for (String line : Files.readAllLines(f)) {
            if (line.isBlank()) continue;
            JsonNode node = Json.mapper().readTree(line);
            if (node.hasNonNull("text")) texts.add(node.get("text").asText());
          }
        }
      }
    }
    return texts;
  }

  private static void generate(Path out, int n, long seed, List<String> samples) throws IOException {
    ArticleGenerator generator = new ArticleGenerator(ArticleGenerator.sentences(texts(samples)), seed);
    long bytes = 0, words = 0, entities = 0, facts = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int i = 0; i < n; i++) {
        var a = generator.next(i);
        String line = Json.write(a);
        w.write(line);
        w.write('\n');
        bytes += line.length() + 1;
        words += a.text().split("\\s+").length;
        entities += a.entities().size();
        facts += a.quotes().size() + a.claims().size() + a.times().size() + a.events().size();
      }
    }
    System.err.printf(Locale.ROOT, "generated %d articles (seed %d) into %s: %.0f MB, %.0f words, %.1f entities and "
        + "%.1f quotes+claims+times+events per article%n", n, seed, out, bytes / 1e6, words / (double) n,
        entities / (double) n, facts / (double) n);
  }

  /** The query set: fixed by the seed and the samples, 250 queries of four kinds. */
  record BenchQuery(String kind, String query, LocalDate from, LocalDate to) {}

  static List<BenchQuery> queries(long seed, List<String> samples) throws IOException {
    Random random = new Random(seed);
    List<String[]> sentenceWords = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (String s : ArticleGenerator.sentences(texts(samples))) {
      String[] w = s.replaceAll("[^\\p{L}\\p{N} ]", " ").trim().split("\\s+");
      sentenceWords.add(w);
      for (String x : w) if (x.length() >= 5 && x.chars().allMatch(Character::isLetter)) words.add(x.toLowerCase(Locale.ROOT));
    }
    ArticleGenerator names = new ArticleGenerator(List.of("Filler sentence for names only."), seed + 1);
    List<BenchQuery> out = new ArrayList<>();
    for (int i = 0; i < 60; i++) out.add(new BenchQuery("term", words.get(random.nextInt(words.size())), null, null));
    for (int i = 0; i < 50; i++) {
      String[] w = sentenceWords.get(random.nextInt(sentenceWords.size()));
      int len = 2 + random.nextInt(2), at = random.nextInt(Math.max(1, w.length - len));
      out.add(new BenchQuery("phrase", "\"" + String.join(" ", Arrays.copyOfRange(w, at, Math.min(w.length, at + len)))
          + "\"", null, null));
    }
    for (int i = 0; i < 50; i++) {
      var a = names.next(i);
      var e = a.entities().get(random.nextInt(a.entities().size()));
      out.add(new BenchQuery("entity", "\"" + e.name() + "\"", null, null));
    }
    for (int i = 0; i < 90; i++) {
      BenchQuery base = out.get(random.nextInt(out.size()));
      LocalDate from = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(3300));
      out.add(new BenchQuery(base.kind() + "+date", base.query(), from, from.plusDays(30 + random.nextInt(335))));
    }
    return out;
  }

  private static final class Folding extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      StandardTokenizer words = new StandardTokenizer();
      TokenStream chain = new ASCIIFoldingFilter(new LowerCaseFilter(words));
      return new TokenStreamComponents(words, chain);
    }
  }

  private static void query(Path archiveDir, Path results, long seed, List<String> samples) throws Exception {
    List<BenchQuery> queries = queries(seed, samples);
    try (Archive archive = Archive.open(archiveDir);
        FSDirectory dir = FSDirectory.open(archiveDir.resolve("index"));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      Archive.Stats stats = archive.stats();
      System.err.println("archive " + archiveDir + ": " + stats);
      String shape = archive.read(c -> {
        StringBuilder b = new StringBuilder();
        try (var st = c.createStatement(); ResultSet r = st.executeQuery(
            "SELECT name, article_count FROM entities ORDER BY article_count DESC LIMIT 5")) {
          while (r.next()) b.append(b.length() == 0 ? "" : ", ").append(r.getString(1)).append(" ").append(r.getLong(2));
        }
        long n = scalar(c, "SELECT count(*) FROM entities");
        long median = scalar(c, "SELECT article_count FROM entities ORDER BY article_count LIMIT 1 OFFSET " + n / 2);
        long over1000 = scalar(c, "SELECT count(*) FROM entities WHERE article_count >= 1000");
        return String.format(Locale.ROOT, "{\"bench\":\"archive-shape\",\"articles\":%d,\"entities\":%d,"
            + "\"median_articles_per_entity\":%d,\"entities_in_1000_or_more\":%d,\"top\":\"%s\"}",
            stats.articles(), n, median, over1000, b);
      });
      System.err.println(shape);
      Files.writeString(results, shape + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      IndexSearcher searcher = new IndexSearcher(reader);
      // Pass 1 warms the JIT and the OS page cache; pass 2 is measured.
      long[] hits = new long[1];
      Map<String, List<Double>> byKind = new LinkedHashMap<>();
      for (int pass = 0; pass < 2; pass++) {
        hits[0] = 0;
        byKind.clear();
        for (BenchQuery q : queries) {
          long t0 = System.nanoTime();
          if (q.from() == null) {
            hits[0] += archive.search(q.query(), 20).size();
          } else {
            hits[0] += dateSearch(searcher, q);
          }
          double ms = (System.nanoTime() - t0) / 1e6;
          byKind.computeIfAbsent("all", k -> new ArrayList<>()).add(ms);
          byKind.computeIfAbsent(q.kind().contains("+date") ? "with date filter" : "without date filter",
              k -> new ArrayList<>()).add(ms);
        }
      }
      try (BufferedWriter w = Files.newBufferedWriter(results, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND)) {
        for (var e : byKind.entrySet()) report(w, "search", e.getKey(), e.getValue(), stats.articles(), hits[0]);
        // The real query layer, as `dossier entity NAME` runs it: find the entity by name, then its profile.
        Queries q = new Queries(archive);
        List<String> names = profileNames(archive, seed);
        List<Double> times = new ArrayList<>();
        long rows = 0;
        for (int pass = 0; pass < 2; pass++) {
          times.clear();
          rows = 0;
          for (String name : names) {
            long t0 = System.nanoTime();
            rows += profileRows(q, name);
            times.add((System.nanoTime() - t0) / 1e6);
          }
        }
        report(w, "entity-profile", "from random articles", times.subList(0, 100), stats.articles(), rows);
        report(w, "entity-profile", "uniform over entities", times.subList(100, 200), stats.articles(), rows);
        report(w, "entity-profile", "all", times, stats.articles(), rows);
        // The worst case of an index over several flags: a section empty for an entity walks all its links.
        List<Long> top = archive.read(c -> {
          List<Long> ids = new ArrayList<>();
          try (var st = c.createStatement(); ResultSet r = st.executeQuery(
              "SELECT id FROM entities ORDER BY article_count DESC, id LIMIT " + TOP_ENTITIES)) {
            while (r.next()) ids.add(r.getLong(1));
          }
          return ids;
        });
        List<Double> topTimes = new ArrayList<>();
        rows = 0;
        for (int pass = 0; pass < 22; pass++) {
          for (long id : top) {
            long t0 = System.nanoTime();
            EntityProfile p = q.profile(id, PROFILE_LIMIT).orElseThrow();
            if (pass >= 2) topTimes.add((System.nanoTime() - t0) / 1e6); // 2 passes warm the JIT and the cache
            if (pass == 2) rows += 1 + p.quotesBy().size() + p.claimsBy().size() + p.attributes().size();
          }
        }
        report(w, "entity-profile", "top " + TOP_ENTITIES + " entities x20", topTimes, stats.articles(), rows);
      }
    }
  }

  private static long dateSearch(IndexSearcher searcher, BenchQuery q) throws Exception {
    MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"title", "text", "entity_name"}, new Folding(),
        Map.of("title", 2f, "entity_name", 1.5f, "text", 1f));
    parser.setDefaultOperator(MultiFieldQueryParser.AND_OPERATOR);
    var query = new BooleanQuery.Builder().add(parser.parse(q.query()), BooleanClause.Occur.MUST)
        .add(LongPoint.newRangeQuery("date", q.from().toEpochDay(), q.to().toEpochDay()), BooleanClause.Occur.FILTER)
        .build();
    TopDocs top = searcher.search(query, 20);
    var stored = searcher.storedFields();
    for (ScoreDoc d : top.scoreDocs) stored.document(d.doc);
    return top.scoreDocs.length;
  }

  /** 200 entity names: 100 from random articles (frequent entities are looked up more), 100 uniform over entities. */
  private static List<String> profileNames(Archive archive, long seed) throws IOException {
    Random random = new Random(seed);
    return archive.read(c -> {
      List<String> names = new ArrayList<>();
      long articles = scalar(c, "SELECT max(pk) FROM articles"), entities = scalar(c, "SELECT max(id) FROM entities");
      try (PreparedStatement byArticle = c.prepareStatement(
              "SELECT e.name FROM entity_links l JOIN entities e ON e.id = l.entity WHERE l.article = ? ORDER BY l.local_id");
          PreparedStatement byId = c.prepareStatement("SELECT name FROM entities WHERE id = ?")) {
        while (names.size() < 100) {
          byArticle.setLong(1, 1 + (long) (random.nextDouble() * articles));
          List<String> local = new ArrayList<>();
          try (ResultSet r = byArticle.executeQuery()) {
            while (r.next()) local.add(r.getString(1));
          }
          if (!local.isEmpty()) names.add(local.get(random.nextInt(local.size())));
        }
        while (names.size() < 200) {
          byId.setLong(1, 1 + (long) (random.nextDouble() * entities));
          try (ResultSet r = byId.executeQuery()) {
            if (r.next()) names.add(r.getString(1));
          }
        }
      }
      return names;
    });
  }

  private static long scalar(Connection c, String sql) throws SQLException {
    try (var s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getLong(1) : 0;
    }
  }

  /** Items in the profile (limit 50, as the CLI) of the entity {@code name} names (the first, most articles). */
  private static long profileRows(Queries q, String name) throws IOException {
    List<EntityRef> found = q.findEntities(name);
    if (found.isEmpty()) return 0;
    EntityProfile p = q.profile(found.get(0).id(), PROFILE_LIMIT).orElseThrow();
    return 1 + p.aliases().size() + p.descriptors().size() + p.attributes().size() + p.quotesBy().size()
        + p.quotesAbout().size() + p.claimsAbout().size() + p.claimsBy().size() + p.events().size()
        + p.coMentioned().size();
  }

  /** The entities with the most articles whose profiles are timed on their own. */
  static final int TOP_ENTITIES = 6;

  /** The CLI's default `dossier entity --limit`. */
  static final int PROFILE_LIMIT = 50;

  private static void report(BufferedWriter w, String what, String kind, List<Double> ms, long articles, long rows)
      throws IOException {
    double[] v = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    String line = String.format(Locale.ROOT, "{\"bench\":\"%s\",\"kind\":\"%s\",\"articles\":%d,\"queries\":%d,"
            + "\"p50_ms\":%.2f,\"p95_ms\":%.2f,\"p99_ms\":%.2f,\"max_ms\":%.2f,\"rows_or_hits\":%d,\"load\":\"%s\"}",
        what, kind, articles, v.length, pct(v, 50), pct(v, 95), pct(v, 99), v[v.length - 1], rows, load());
    System.err.println(line);
    w.write(line);
    w.write('\n');
  }

  static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
    } catch (IOException e) {
      return "?";
    }
  }

  /** Nearest-rank percentile of sorted values. */
  static double pct(double[] sorted, double p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
