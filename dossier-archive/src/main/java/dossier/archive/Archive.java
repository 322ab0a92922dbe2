package dossier.archive;

import dossier.model.ArticleAnalysis;
import dossier.model.Claim;
import dossier.model.Entity;
import dossier.model.Json;
import dossier.model.Quote;
import dossier.model.Span;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The archive: analyzed articles stored as facts in SQLite ({@code <dir>/facts.db}) and as documents
 * in a Lucene index ({@code <dir>/index}), kept consistent: an article is in both or in neither,
 * also after a crash. {@code Archive.open(dir)} is the entry point; close it when done.
 * Thread-safe: stores are serialized, look-ups and searches run beside them.
 * One process at a time may open an archive (the index lock says so).
 */
public final class Archive implements Closeable {

  /** An article found by {@link #search}. */
  public record Hit(String id, String title, LocalDate date, String source, float score) {}

  /**
   * What {@link #storeAll} did: ids stored (committed to both stores by this call: with {@link #holdCommits},
   * also articles of earlier calls), ids already present (by id or content), and failures by id with reasons.
   */
  public record StoreResult(List<String> stored, List<String> skipped, Map<String, String> failed) {}

  /**
   * An article to store, with the UTF-8 JSON it was read from (or null): stored as it is when it is exactly
   * the JSON the archive would write for the record, which saves writing it again.
   */
  public record Incoming(ArticleAnalysis article, byte[] json) {}

  /** Row counts, for {@code dossier stats}. */
  public record Stats(long articles, long entities, long articleEntities, long mentions, long quotes, long claims,
      long times, long events, long relations) {}

  /** SQL work on a read-only connection, for query code (see {@link #read}). */
  @FunctionalInterface
  public interface SqlWork<T> {
    T run(Connection db) throws SQLException;
  }

  /** Lucene work on a searcher over committed articles, for query code (see {@link #readIndex}). */
  @FunctionalInterface
  public interface IndexWork<T> {
    T run(org.apache.lucene.search.IndexSearcher searcher) throws IOException;
  }

  /** Names of the Lucene fields (see docs/ARCHIVE.md, "Lucene index") for query code. */
  public static final class Fields {
    public static final String ID = ArticleIndex.ID, TITLE = ArticleIndex.TITLE, TEXT = ArticleIndex.TEXT,
        DATE = ArticleIndex.DATE, SOURCE = ArticleIndex.SOURCE, ENTITY_NAME = ArticleIndex.ENTITY_NAME,
        ENTITY_ID = ArticleIndex.ENTITY_ID, ENTITY_TYPE = ArticleIndex.ENTITY_TYPE;

    private Fields() {}
  }

  /** Points in {@link #storeAll} at which a test can make the archive "crash". */
  enum Step { STORE_HELD, AFTER_SQLITE_COMMIT, BEFORE_LUCENE_COMMIT, AFTER_LUCENE_COMMIT }

  private final Path dir;
  /** The write connection; null when opened read-only. */
  private final Connection db;
  private final Connection reader;
  private final ArticleIndex index;
  private final EntityResolver resolver;
  private final FactWriter facts;
  private final EntityTable entityTable;
  private final PreparedStatement existsById, existsByHash, markIndexed, overrides, linkOf, existsInTransaction,
      anyOverride;
  /** The store's entity_links rows and alias counts, written at its end or before anything reads them. */
  private final LinkRows linkRows;
  /** Co-mention counts of stored articles, written with each store or held over several ({@link #holdCoMentions}). */
  private final HeldCoMentions coMentions;
  /** The stores written into the open transaction and not yet committed ({@link #holdCommits}). */
  private final HeldStores held = new HeldStores();
  private int commitEvery;
  private final Object readLock = new Object();
  /**
   * Prepare articles and add Lucene documents beside the SQLite writer (see {@link #storeAll}): one thread fewer
   * than cores, since the writer is the ingest's one serial thread and waited for a core behind them (2 cores, 100k:
   * its run-queue wait 0.16 -> 0.12 ms per article with one worker; docs/PERFORMANCE.md, "Ingest round 15").
   */
  private final ExecutorService workers = Executors.newFixedThreadPool(
      Math.max(1, Runtime.getRuntime().availableProcessors() - 1), r -> {
        Thread t = new Thread(r, "dossier-archive-worker");
        t.setDaemon(true);
        return t;
      });
  Step crashAt; // tests only

  private Archive(Path dir, Connection db, Connection reader, ArticleIndex index, EntityResolver resolver)
      throws SQLException {
    this.dir = dir;
    this.db = db;
    this.reader = reader;
    this.index = index;
    this.resolver = resolver;
    existsById = reader.prepareStatement("SELECT 1 FROM articles WHERE id = ?");
    existsByHash = reader.prepareStatement("SELECT 1 FROM articles WHERE content_hash = ?");
    if (db == null) { // read-only: nothing to write with
      facts = null;
      entityTable = null;
      linkRows = null;
      coMentions = null;
      existsInTransaction = markIndexed = overrides = linkOf = anyOverride = null;
      return;
    }
    facts = new FactWriter(db);
    linkRows = new LinkRows(db);
    coMentions = new HeldCoMentions(db);
    entityTable = new EntityTable(db, linkRows);
    existsInTransaction = db.prepareStatement(
        "SELECT 1 FROM articles WHERE id = ?1 UNION ALL SELECT 1 FROM articles WHERE content_hash = ?2");
    markIndexed = db.prepareStatement("DELETE FROM unindexed_articles WHERE pk = ?");
    overrides = db.prepareStatement("SELECT action, other_article_id, other_local_id FROM entity_overrides "
        + "WHERE article_id = ?1 AND local_id = ?2 UNION ALL SELECT action, article_id, local_id FROM entity_overrides "
        + "WHERE other_article_id = ?1 AND other_local_id = ?2 ORDER BY 1");
    anyOverride = db.prepareStatement("SELECT EXISTS (SELECT 1 FROM entity_overrides)");
    linkOf = db.prepareStatement("SELECT l.entity FROM entity_links l JOIN articles a ON a.pk = l.article "
        + "WHERE a.id = ? AND l.local_id = ?");
  }

  /** Opens the archive in {@code dir}, creating or migrating it, and recovering from any crash; links entities with {@link dossier.archive.resolve.CrossDocResolver}. */
  public static Archive open(Path dir) throws IOException {
    return open(dir, new dossier.archive.resolve.CrossDocResolver());
  }

  /** Opens the archive in {@code dir} with the given cross-article entity resolver. */
  public static Archive open(Path dir, EntityResolver resolver) throws IOException {
    Files.createDirectories(dir);
    Connection db = null, reader = null;
    ArticleIndex index = null;
    try {
      try {
        index = new ArticleIndex(dir.resolve("index"));
      } catch (LockObtainFailedException e) {
        throw new IOException("archive " + dir + " is in use by another process", e);
      }
      db = connect(dir, false);
      Migrations.migrate(db, Migrations.latest());
      db.setAutoCommit(false);
      reader = connect(dir, true);
      Archive archive = new Archive(dir, db, reader, index, resolver);
      archive.recover();
      return archive;
    } catch (SQLException | IOException | RuntimeException e) {
      closeQuietly(reader);
      closeQuietly(db);
      if (index != null) index.close();
      if (e instanceof IOException io) throw io;
      throw new IOException("cannot open archive " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens the archive in {@code dir} for queries only, beside a process that may be storing into it:
   * no migration, no recovery, no index writer or lock; SQLite is opened read-only and each search
   * sees the index's newest commit. Every write fails with "opened read-only". Refuses an archive
   * whose schema is not this build's (open it once with {@link #open} to migrate it).
   */
  public static Archive openReadOnly(Path dir) throws IOException {
    if (!Files.isRegularFile(dir.resolve("facts.db"))) throw new IOException("no archive in " + dir);
    Connection reader = null;
    ArticleIndex index = null;
    try {
      reader = connect(dir, true);
      int version = schemaVersion(reader);
      if (version != Migrations.latest()) {
        throw new IOException("archive " + dir + " has schema version " + version + ", this build reads "
            + Migrations.latest() + (version < Migrations.latest() ? "; open it once for writing (e.g. dossier ingest) to migrate it"
            : "; use a newer dossier"));
      }
      index = ArticleIndex.readOnly(dir.resolve("index"));
      return new Archive(dir, null, reader, index, new NameKeyResolver());
    } catch (SQLException | IOException | RuntimeException e) {
      closeQuietly(reader);
      if (index != null) index.close();
      if (e instanceof IOException io) throw io;
      throw new IOException("cannot open archive " + dir + " read-only: " + e.getMessage(), e);
    }
  }

  private static int schemaVersion(Connection reader) throws SQLException {
    try (Statement s = reader.createStatement();
        ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      return r.next() ? r.getInt(1) : 0;
    }
  }

  /** Whether this archive was opened with {@link #openReadOnly}. */
  public boolean isReadOnly() {
    return db == null;
  }

  private void requireWritable() throws IOException {
    if (db == null) throw new IOException("archive " + dir + " is opened read-only: cannot write");
  }

  private static Connection connect(Path dir, boolean readOnly) throws SQLException {
    org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
    config.setReadOnly(readOnly); // SQLITE_OPEN_READONLY: this connection cannot write, whatever it runs
    Connection c = config.createConnection("jdbc:sqlite:" + dir.resolve("facts.db").toAbsolutePath());
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA busy_timeout = 10000");
      // 16 KiB pages for a new database (an existing one keeps its own): an article's row and JSON take 2
      // pages instead of 6, indexes are shallower, a commit writes fewer pages (20k ingest: 7 % less writer
      // CPU; entity profiles as fast; docs/PERFORMANCE.md, "Ingest round 7").
      if (!readOnly) s.execute("PRAGMA page_size = 16384");
      if (!readOnly) s.execute("PRAGMA journal_mode = WAL"); // a database setting: the writer makes it
      // NORMAL in WAL mode survives a process crash; a power cut may lose the last commits, which
      // recovery then removes from the index as well (see docs/ARCHIVE.md).
      s.execute("PRAGMA synchronous = NORMAL");
      s.execute("PRAGMA foreign_keys = ON");
      // Readers: 64 MiB, the unique indexes on id and hash stay in memory. The writer: 512 MiB, so that the
      // pages of the link and co-mention indexes a store batch changes at random keys are read once
      // (docs/PERFORMANCE.md, "Ingest round 12b"); SQLite takes the memory as pages are read.
      s.execute(readOnly ? "PRAGMA cache_size = -65536" : "PRAGMA cache_size = -524288");
      s.execute("PRAGMA temp_store = MEMORY");
    }
    return c;
  }

  /** The SHA-256 (hex) of an article text: articles with the same text are stored once. */
  public static String contentHash(String text) {
    return contentHash(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String contentHash(byte[] utf8) {
    try {
      return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(utf8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The archive directory. */
  public Path directory() {
    return dir;
  }

  /** Whether an article with this id, or with this text, is stored (either may be null). */
  public boolean contains(String id, String text) throws IOException {
    synchronized (readLock) {
      try {
        if (id != null && exists(existsById, id)) return true;
        return text != null && exists(existsByHash, contentHash(text));
      } catch (SQLException e) {
        throw new IOException(e);
      }
    }
  }

  private static boolean exists(PreparedStatement query, String value) throws SQLException {
    query.setString(1, value);
    try (ResultSet r = query.executeQuery()) {
      return r.next();
    }
  }

  /** Stores one article unless it is already there (same id or same text). */
  public StoreResult store(ArticleAnalysis article) throws IOException {
    return storeAll(List.of(article));
  }

  /**
   * Stores many articles: one SQLite transaction and one Lucene commit for all, which is what makes
   * ingest fast. Articles already stored (same id or same text, also earlier in the batch) are
   * skipped; an article that cannot be stored is reported in {@link StoreResult#failed} and the others
   * are stored. On return every stored article is in both SQLite and Lucene (with {@link #holdCommits}:
   * every article in {@link StoreResult#stored}; the others wait in the open transaction).
   */
  public StoreResult storeAll(Collection<ArticleAnalysis> batch) throws IOException {
    return storeIncoming(batch.stream().map(a -> new Incoming(a, null)).toList());
  }

  /** {@link #storeAll} of articles that may come with the JSON they were read from ({@link Incoming}). */
  public synchronized StoreResult storeIncoming(List<Incoming> batch) throws IOException {
    requireWritable();
    List<Future<Prepared>> prepared = prepareAll(batch);
    try {
      return write(prepared, false);
    } catch (ArticleFailed e) {
      // Rolled back as a whole, with the stores held in the transaction: all of them again, each article in a
      // savepoint of its own, so that only it fails.
      return writeCarefully(e.heldStores, prepared);
    }
  }

  /**
   * Starts the checks, content hashes and JSON on the workers, ahead of the SQLite writes, which must run one
   * article at a time in batch order (the resolver sees earlier articles' entities).
   */
  private List<Future<Prepared>> prepareAll(List<Incoming> batch) {
    List<Future<Prepared>> prepared = new ArrayList<>(batch.size());
    for (Incoming in : batch) prepared.add(workers.submit(() -> prepare(in.article(), in.json())));
    return prepared;
  }

  /**
   * Writes the held stores that a failed article rolled back (the JSON of the articles each wrote), then its own
   * batch, each article in a savepoint: reports the articles of all of them that are committed by now, and those
   * that failed. The held stores' own skipped and failed articles were reported when they were first written, and
   * are not among {@code heldStores}.
   */
  private StoreResult writeCarefully(List<List<byte[]>> heldStores, List<Future<Prepared>> prepared) throws IOException {
    List<String> stored = new ArrayList<>(), skipped = new ArrayList<>();
    Map<String, String> failed = new LinkedHashMap<>();
    try {
      List<List<Future<Prepared>>> stores = new ArrayList<>();
      for (List<byte[]> store : heldStores) {
        List<Incoming> articles = new ArrayList<>(store.size());
        for (byte[] json : store) articles.add(new Incoming(Json.readAnalysis(new String(json, StandardCharsets.UTF_8)), json));
        stores.add(prepareAll(articles));
      }
      stores.add(prepared);
      for (List<Future<Prepared>> store : stores) {
        StoreResult result = write(store, true);
        stored.addAll(result.stored());
        skipped.addAll(result.skipped());
        failed.putAll(result.failed());
      }
    } catch (ArticleFailed never) {
      throw new IllegalStateException("a careful write rolls back single articles", never);
    }
    return new StoreResult(stored, skipped, failed);
  }

  /**
   * Joins the archive entities the resolver found to be one while linking the batch
   * ({@link EntityResolver#identified}), in the batch's transaction, so that a crash keeps both or
   * neither. Returns the articles whose index documents name a joined entity, marked unindexed until
   * they are indexed again (after a crash, by recovery).
   */
  private Set<Long> joinIdentified() throws SQLException {
    Map<Long, Long> identified = resolver.identified();
    if (identified.isEmpty()) return Set.of();
    Set<Long> pks = EntityEditor.join(db, identified, resolver.name() + ":identified");
    Set<Long> relinked = new HashSet<>(identified.keySet());
    relinked.addAll(identified.values());
    coMentions.relinked(relinked); // the join recounted their rows up to the mark, not their held counts
    try (PreparedStatement s = db.prepareStatement("INSERT OR IGNORE INTO unindexed_articles (pk) VALUES (?)")) {
      for (long pk : pks) {
        s.setLong(1, pk);
        s.addBatch();
      }
      s.executeBatch();
    }
    return pks;
  }

  /**
   * An article failed in a batch written without savepoints; nothing of the batch is stored, nor of the stores held
   * in the transaction with it, whose written articles come along to be written again.
   */
  private static final class ArticleFailed extends Exception {
    final List<List<byte[]>> heldStores;

    ArticleFailed(Throwable cause, List<List<byte[]>> heldStores) {
      super(cause);
      this.heldStores = heldStores;
    }
  }

  /**
   * Writes the prepared articles into the transaction, and commits both stores when it holds {@link #holdCommits}
   * articles (at once by default). {@code careful}: each article in a savepoint, rolled back alone when it fails;
   * otherwise (the common case: a savepoint per article cost as much as its link rows) the first failure rolls back
   * the whole transaction, held stores included, and throws {@link ArticleFailed}, and the caller writes them and
   * the batch again carefully.
   */
  private StoreResult write(List<Future<Prepared>> prepared, boolean careful) throws IOException, ArticleFailed {
    List<String> skipped = new ArrayList<>();
    Map<String, String> failed = new LinkedHashMap<>();
    List<Pending> pending = new ArrayList<>();
    // Lucene documents are analyzed and added by the workers while SQLite writes the next articles;
    // they become visible and durable only at the index commit, after the SQLite commit.
    List<Future<?>> indexing = new ArrayList<>();
    List<Pending> toIndex = new ArrayList<>(INDEX_GROUP);
    EntityCounts counts = new EntityCounts();
    try {
      coMentions.begin();
      // Usually none: then no article entity needs its two override look-ups.
      boolean overridesExist;
      try (ResultSet r = anyOverride.executeQuery()) {
        overridesExist = r.next() && r.getBoolean(1);
      }
      for (Future<Prepared> next : prepared) {
        Prepared p = await(next);
        if (p.problem != null) {
          failed.put(p.article == null ? "?" : String.valueOf(p.article.id()), p.problem);
          continue;
        }
        ArticleAnalysis a = p.article;
        if (existsInTransaction(a.id(), p.hash)) {
          skipped.add(a.id());
          continue;
        }
        var savepoint = careful ? db.setSavepoint() : null;
        Pending done;
        Linked linked;
        try {
          long pk = facts.write(a, p.hash, p.text, p.json, p.factColumns);
          linked = link(pk, p, overridesExist);
          done = new Pending(pk, a, p.json, linked.links());
          if (careful) {
            linkRows.flush(); // inside the article's savepoint, so that a refused row fails it alone
            db.releaseSavepoint(savepoint);
          }
        } catch (SQLException | RuntimeException e) {
          if (!careful) throw abandon(e, indexing, pending);
          db.rollback(savepoint);
          linkRows.clear();
          resolver.invalidate();
          failed.put(a.id(), e.getMessage());
          continue;
        }
        // Counted only once the article is in.
        coMentions.addArticle(linked.entities());
        counts.addArticle(a, linked.links());
        pending.add(done);
        toIndex.add(done);
        if (toIndex.size() == INDEX_GROUP) indexing.add(indexLater(toIndex));
      }
      if (!toIndex.isEmpty()) indexing.add(indexLater(toIndex));
      indexing.add(flushLater(indexing));
      try {
        linkRows.flush();
      } catch (SQLException e) { // a row of some article refused: the careful write finds which
        throw abandon(e, indexing, pending);
      }
      counts.flush(db);
      if (coMentions.due()) coMentions.write();
      Set<Long> rejoined = joinIdentified();
      if (!rejoined.isEmpty()) resolver.invalidate(); // its memory still knows the joined entities apart
      held.add(pending, rejoined, indexing);
    } catch (SQLException | IOException | RuntimeException e) {
      awaitQuietly(prepared);
      // This store's part of the transaction goes with the rest.
      held.add(pending, Set.of(), indexing);
      abandonHeld();
      if (e instanceof IOException io) throw io;
      throw new IOException("cannot store articles: " + e.getMessage(), e);
    }
    if (held.articles() < commitEvery) {
      crashPoint(Step.STORE_HELD);
      return new StoreResult(List.of(), skipped, failed);
    }
    return new StoreResult(commitHeld(), skipped, failed);
  }

  /**
   * Rolls the open transaction back with every store it holds: nothing of them is in SQLite, so none of their
   * documents may reach the index.
   */
  private void abandonHeld() throws IOException {
    rollbackQuietly();
    resolver.invalidate();
    awaitQuietly(held.indexing);
    try {
      index.delete(held.ids);
    } finally {
      held.clear();
    }
  }

  /**
   * Commits the open transaction's stores to SQLite, then to the index, then marks their articles indexed; returns
   * their ids. A crash between the commits leaves articles in SQLite that recovery indexes ({@code unindexed_articles}).
   */
  private List<String> commitHeld() throws IOException {
    if (!held.open()) return List.of();
    try {
      db.commit();
    } catch (SQLException e) {
      abandonHeld();
      throw new IOException("cannot store articles: " + e.getMessage(), e);
    }
    try {
      return indexHeld();
    } finally {
      held.clear();
    }
  }

  /** The index's part of {@link #commitHeld}, after the SQLite commit. */
  private List<String> indexHeld() throws IOException {
    // Committed to SQLite: an indexing failure from here on is repaired by recovery (unindexed_articles).
    IOException indexFailure = null;
    for (Future<?> f : held.indexing) {
      try {
        await(f);
      } catch (IOException e) {
        if (indexFailure == null) indexFailure = e;
      }
    }
    if (indexFailure != null) throw new IOException("cannot index articles: " + indexFailure.getMessage(), indexFailure);
    crashPoint(Step.AFTER_SQLITE_COMMIT);
    try {
      // Documents that name an entity the stores joined away (their own included), with the links as they are now.
      reindexRows(held.rejoined);
    } catch (SQLException e) {
      throw new IOException("cannot index articles again: " + e.getMessage(), e);
    }
    crashPoint(Step.BEFORE_LUCENE_COMMIT);
    index.commit();
    crashPoint(Step.AFTER_LUCENE_COMMIT);
    try {
      Set<Long> indexed = new TreeSet<>(held.rejoined);
      indexed.addAll(held.pks);
      markIndexed(List.copyOf(indexed));
      db.commit();
    } catch (SQLException e) {
      rollbackQuietly();
      throw new IOException("cannot mark articles indexed: " + e.getMessage(), e);
    }
    return List.copyOf(held.ids);
  }

  /**
   * The stores written into the open transaction since its last commit: their articles (pk and id), the articles
   * whose documents their joins changed, the tasks adding their documents to the index, and per store the JSON of
   * the articles it wrote, to be written again when an article of a later store fails (the JSON rather than the
   * records: a byte array per article costs the collector less than the records' objects, round 14a).
   */
  private static final class HeldStores {
    final List<Long> pks = new ArrayList<>();
    final List<String> ids = new ArrayList<>();
    final Set<Long> rejoined = new HashSet<>();
    final List<Future<?>> indexing = new ArrayList<>();
    final List<List<byte[]>> stores = new ArrayList<>();
    private boolean open;

    void add(List<Pending> written, Set<Long> rejoinedPks, List<Future<?>> tasks) {
      for (Pending p : written) {
        pks.add(p.pk);
        ids.add(p.article.id());
      }
      stores.add(written.stream().map(Pending::json).toList());
      rejoined.addAll(rejoinedPks);
      indexing.addAll(tasks);
      open = true;
    }

    /** Whether a store wrote into the transaction since its last commit (perhaps no article: joins, counts). */
    boolean open() {
      return open;
    }

    int articles() {
      return ids.size();
    }

    void clear() {
      pks.clear();
      ids.clear();
      rejoined.clear();
      indexing.clear();
      stores.clear();
      open = false;
    }
  }

  /**
   * Articles per indexing task. A task per article woke an idle worker per article, and on two cores
   * the woken worker often took the writer's core (docs/PERFORMANCE.md, "Ingest round 8").
   */
  private static final int INDEX_GROUP = 64;

  /** Adds the documents of the articles in {@code group} on a worker, and empties {@code group}. */
  private Future<?> indexLater(List<Pending> group) {
    List<Pending> articles = List.copyOf(group);
    group.clear();
    return workers.submit(() -> {
      for (Pending p : articles) index.put(p.article, p.links);
      return null;
    });
  }

  /**
   * Writes the batch's documents to index files on a worker once they are added, while the writer commits
   * SQLite: otherwise the index commit writes them, on the writer thread (~8 % of its Java time at 20k).
   * Waits only for tasks queued before it, so it cannot hold the pool's last free worker.
   */
  private Future<?> flushLater(List<Future<?>> added) {
    List<Future<?>> documents = List.copyOf(added);
    return workers.submit(() -> {
      for (Future<?> f : documents) await(f);
      index.flush();
      return null;
    });
  }

  /**
   * Rolls the batch written without savepoints back, with the stores held in the transaction and the index documents
   * of all, to be written again carefully. Without a savepoint at each store's start: with one, every page a store
   * first changed was copied to SQLite's sub-journal, and the writer's CPU doubled at 100k (docs/PERFORMANCE.md,
   * "Ingest round 14a").
   */
  private ArticleFailed abandon(Exception e, List<Future<?>> indexing, List<Pending> pending) throws IOException {
    List<List<byte[]>> heldStores = List.copyOf(held.stores);
    held.add(pending, Set.of(), indexing);
    abandonHeld();
    return new ArticleFailed(e, heldStores);
  }

  /**
   * An article checked and made ready for the SQLite writer, or a problem: completed record, content
   * hash, text, JSON and the JSON columns of its entities and events as UTF-8 (made here rather than
   * on the writer thread, where the driver encoded ~24 KB per article, most of it through the JDK's
   * slow path for strings that are not Latin-1), what the resolver computes from the article alone
   * ({@link EntityResolver#prepare}), and per entity (in the record's order) its link columns and aliases.
   */
  private record Prepared(ArticleAnalysis article, String problem, String hash, byte[] text, byte[] json,
      FactColumns.Encoded factColumns, Object resolverWork, List<LinkColumns> linkColumns, List<Set<String>> aliases) {
    static Prepared failed(ArticleAnalysis raw, String problem) {
      return new Prepared(raw, problem, null, null, null, null, null, null, null);
    }
  }

  /** Runs on a worker thread: everything about an article that needs neither the database nor earlier articles. */
  private Prepared prepare(ArticleAnalysis raw, byte[] readFrom) {
    String problem = problem(raw);
    if (problem != null) return Prepared.failed(raw, problem);
    ArticleAnalysis a;
    byte[] json;
    FactColumns.Encoded factColumns;
    try {
      a = complete(raw);
      // The bytes the driver would bind for the string; a JSONL line mostly is them already.
      json = readFrom != null && Json.writes(a, readFrom) ? readFrom : Json.write(a).getBytes(StandardCharsets.UTF_8);
      factColumns = FactColumns.of(a);
    } catch (RuntimeException e) {
      return Prepared.failed(raw, "cannot serialize: " + e.getMessage());
    }
    List<LinkColumns> linkColumns = new ArrayList<>(a.entities().size());
    List<Set<String>> aliases = new ArrayList<>(a.entities().size());
    try {
      Integer day = a.date() == null ? null : DayNumbers.of(a.date());
      for (Entity e : a.entities()) {
        linkColumns.add(LinkColumns.of(a, e, day));
        aliases.add(EntityTable.aliases(e));
      }
    } catch (RuntimeException e) { // a record the writer would also fail on: it fails alone
      return Prepared.failed(a, "cannot link entities: " + e);
    }
    Object resolverWork;
    try {
      resolverWork = resolver.prepare(a);
    } catch (RuntimeException e) {
      resolverWork = null; // the resolver meets the same problem in resolve, inside the store, where it fails the article alone
    }
    byte[] text = a.text().getBytes(StandardCharsets.UTF_8);
    return new Prepared(a, null, contentHash(text), text, json, factColumns, resolverWork, linkColumns, aliases);
  }

  /**
   * An article entity's {@code entity_links} columns that follow from its article alone: the article's date, the flags
   * and the event day (the days as {@link DayNumbers} numbers).
   */
  record LinkColumns(Integer date, int described, int attributed, int speaks, int sources, int quoted, int claimed,
      Integer eventDay) {
    /** {@code articleDay}: the article's date as a {@link DayNumbers} number, or null. */
    static LinkColumns of(ArticleAnalysis a, Entity e, Integer articleDay) {
      // One loop over the quotes and one over the claims, not four streams per entity (~12 KB of garbage per article).
      boolean speaks = false, quoted = false;
      for (Quote q : a.quotes()) {
        speaks = speaks || e.id().equals(q.speaker());
        quoted = quoted || mentionedWithin(e, q.start(), q.end());
      }
      boolean sources = false, claimed = false;
      for (Claim c : a.claims()) {
        sources = sources || e.id().equals(c.source());
        claimed = claimed || mentionedWithin(e, c.start(), c.end());
      }
      return new LinkColumns(articleDay, flag(!list(e.descriptors()).isEmpty()),
          flag(e.attributes() != null && !e.attributes().isEmpty()),
          flag(speaks), flag(sources), flag(quoted), flag(claimed), EventDays.earliest(list(a.events()), e.id(), articleDay));
    }
  }

  /** The result of a worker's task; its failure as an IOException (or the RuntimeException it was). */
  private static <T> T await(Future<T> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while storing", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) throw io;
      if (cause instanceof RuntimeException r) throw r;
      if (cause instanceof Error err) throw err;
      throw new IOException(cause);
    }
  }

  private static void awaitQuietly(List<? extends Future<?>> futures) {
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException | RuntimeException ignored) {
        // only waiting for it to be over
      }
    }
  }

  private record Pending(long pk, ArticleAnalysis article, byte[] json, Map<String, Long> links) {}

  private boolean existsInTransaction(String id, String hash) throws SQLException {
    existsInTransaction.setString(1, id);
    existsInTransaction.setString(2, hash);
    try (ResultSet r = existsInTransaction.executeQuery()) {
      return r.next();
    }
  }

  /** Takes the articles off {@code unindexed_articles} in the open transaction; the caller commits. */
  private void markIndexed(List<Long> pks) throws SQLException {
    for (long pk : pks) {
      markIndexed.setLong(1, pk);
      markIndexed.addBatch();
    }
    markIndexed.executeBatch();
  }

  /** An article's archive entity by local id, and the distinct archive entities it names. */
  private record Linked(Map<String, Long> links, Set<Long> entities) {}

  /**
   * Resolves the article's entities, applies user overrides (when the archive has any), and adds links and aliases to {@link #linkRows}; its
   * entity and co-mention counts are the caller's to add ({@link EntityCounts}, {@link CoMentionCounts}).
   */
  private Linked link(long pk, Prepared p, boolean overridesExist) throws SQLException {
    ArticleAnalysis a = p.article;
    Map<String, EntityResolver.Link> decided = resolver.resolve(a, p.resolverWork, entityTable);
    // Override look-ups read the links of earlier articles, not yet this one's (held below).
    if (overridesExist) linkRows.flush();
    Map<String, Long> links = new HashMap<>();
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < a.entities().size(); i++) {
      Entity e = a.entities().get(i);
      EntityResolver.Link link = decided.get(e.id());
      if (link == null) throw new SQLException(resolver.name() + " left entity " + e.id() + " unresolved");
      long entity = link.entity();
      String method = link.method() == null ? resolver.name() : resolver.name() + ":" + link.method();
      Long forced = overridesExist ? override(a.id(), e, entity) : null;
      if (forced != null) {
        entity = forced;
        method = "override";
      }
      links.put(e.id(), entity);
      linkRows.add(pk, e.id(), entity, method, forced != null ? 1.0 : link.score(), p.linkColumns.get(i),
          p.aliases.get(i));
      seen.add(entity);
    }
    resolver.linked(pk, a, links);
    return new Linked(links, seen);
  }

  private static int flag(boolean value) {
    return value ? 1 : 0;
  }

  /** Whether a mention of {@code e} lies within [start, end) (a quote's or claim's span). */
  private static boolean mentionedWithin(Entity e, int start, int end) {
    for (Span m : list(e.mentions())) if (m.start() >= start && m.end() <= end) return true;
    return false;
  }

  /**
   * The archive entity a user override forces, or null. A merge with an article entity already
   * stored joins its archive entity; a split from one whose archive entity the resolver chose gives a new entity.
   */
  private Long override(String articleId, Entity e, long chosen) throws SQLException {
    overrides.setString(1, articleId);
    overrides.setString(2, e.id());
    List<String[]> rules = new ArrayList<>();
    try (ResultSet r = overrides.executeQuery()) {
      while (r.next()) rules.add(new String[] {r.getString(1), r.getString(2), r.getString(3)});
    }
    Long forced = null;
    for (String[] rule : rules) {
      Long other = linkOf(rule[1], rule[2]);
      if (other == null) continue;
      if (rule[0].equals("merge")) forced = other;
      else if (rule[0].equals("split") && other == (forced != null ? forced : chosen)) forced = entityTable.create(e.name(), e.type());
    }
    return forced;
  }

  private Long linkOf(String articleId, String localId) throws SQLException {
    linkOf.setString(1, articleId);
    linkOf.setString(2, localId);
    try (ResultSet r = linkOf.executeQuery()) {
      return r.next() ? r.getLong(1) : null;
    }
  }

  /**
   * Records a user override (action "merge" or "split") between two article entities, named by
   * article id and local entity id. It is kept across re-ingests and applied whenever either
   * article is stored again; relinking articles already stored is the job of the override commands.
   */
  public synchronized void addOverride(String action, String articleId, String localId, String otherArticleId,
      String otherLocalId, String note) throws IOException {
    requireWritable();
    commitHeld();
    try (PreparedStatement s = db.prepareStatement("INSERT INTO entity_overrides (action, article_id, local_id, "
        + "other_article_id, other_local_id, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      FactWriter.set(s, action, articleId, localId, otherArticleId, otherLocalId, note, java.time.Instant.now().toString());
      s.executeUpdate();
      db.commit();
    } catch (SQLException e) {
      rollbackQuietly();
      throw new IOException("cannot record override: " + e.getMessage(), e);
    }
  }

  /**
   * Runs {@code work} on the write connection, serialized with stores, and commits it (rolls back on
   * failure): the hook for entity edits ({@link EntityEditor}).
   */
  synchronized <T> T write(SqlWork<T> work) throws IOException {
    requireWritable();
    commitHeld();
    try {
      coMentions.write(); // edits recount their entities' co-mentions from the links up to the mark: then all
      T result = work.run(db);
      db.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly();
      throw new IOException(e.getMessage(), e);
    }
  }

  /** Re-indexes the given articles (by pk) with their current entity links, and commits the index. */
  synchronized void reindexArticles(Collection<Long> pks) throws IOException {
    requireWritable();
    commitHeld();
    try {
      reindexRows(pks);
      db.commit();
    } catch (SQLException e) {
      rollbackQuietly();
      throw new IOException(e.getMessage(), e);
    }
    index.commit();
  }

  /** The resolver this archive links entities with. */
  EntityResolver resolver() {
    return resolver;
  }

  /** The stored record of an article, as it was stored. */
  public Optional<ArticleAnalysis> article(String id) throws IOException {
    String json = read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT analysis FROM articles WHERE id = ?")) {
        s.setString(1, id);
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? r.getString(1) : null;
        }
      }
    });
    return json == null ? Optional.empty() : Optional.of(Json.readAnalysis(json));
  }

  /** Articles matching a Lucene query over title, text and entity names (all terms required), best first. */
  public List<Hit> search(String query, int limit) throws IOException {
    return index.search(query, limit);
  }

  /** Row counts of the main tables. */
  public Stats stats() throws IOException {
    return read(c -> {
      long[] n = new long[9];
      String[] tables = {"articles", "entities", "article_entities", "mentions", "quotes", "claims", "times", "events",
          "relations"};
      for (int i = 0; i < tables.length; i++) n[i] = count(c, tables[i]);
      return new Stats(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8]);
    });
  }

  private static long count(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
      return r.next() ? r.getLong(1) : 0;
    }
  }

  /**
   * Runs SQL on a read-only connection that sees committed data: the hook for query code (search
   * filters, entity profiles, exports). Calls are serialized with each other, not with stores.
   */
  public <T> T read(SqlWork<T> work) throws IOException {
    synchronized (readLock) {
      try {
        return work.run(reader);
      } catch (SQLException e) {
        throw new IOException(e.getMessage(), e);
      }
    }
  }

  /** Runs Lucene work on a searcher that sees committed articles: the hook for filters and facets. */
  public <T> T readIndex(IndexWork<T> work) throws IOException {
    return index.withSearcher(work);
  }

  /** The Lucene query {@link #search} runs for {@code query} (title, text, entity names; all terms required). */
  public static org.apache.lucene.search.Query parseQuery(String query) {
    return ArticleIndex.parse(query);
  }

  /**
   * A canonical summary of the contents, equal for two archives with the same articles, facts,
   * entity links and index documents whatever the order or interruptions of their ingest: sorted
   * article ids, per-table row counts, entity links by name key, entity statistics, index ids.
   */
  public String fingerprint() throws IOException {
    StringBuilder b = new StringBuilder();
    read(c -> {
      for (String table : List.of("articles", "article_entities", "mentions", "descriptors", "attributes", "quotes",
          "claims", "times", "events", "event_participants", "event_counts", "relations", "entities", "entity_aliases",
          "entity_links", "entity_overrides")) {
        b.append(table).append(' ').append(count(c, table)).append('\n');
      }
      lines(c, b, "SELECT 'article ' || id || ' indexed=' || (pk NOT IN (SELECT pk FROM unindexed_articles)) "
          + "FROM articles ORDER BY id");
      lines(c, b, "SELECT 'link ' || a.id || '/' || l.local_id || ' -> ' || e.type || ':' || e.key || ' ' || l.method "
          + "FROM entity_links l JOIN articles a ON a.pk = l.article JOIN entities e ON e.id = l.entity ORDER BY 1");
      lines(c, b, "SELECT 'entity ' || type || ':' || key || ' ' || name || ' ' || coalesce(first_seen, '-') || ' ' "
          + "|| coalesce(last_seen, '-') || ' ' || article_count || ' ' || mention_count FROM entities ORDER BY 1");
      return null;
    });
    for (String id : new TreeSet<>(index.ids())) b.append("doc ").append(id).append('\n');
    return b.toString();
  }

  private static void lines(Connection c, StringBuilder b, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) b.append(r.getString(1)).append('\n');
    }
  }

  /**
   * Finishes what a crash interrupted: indexes articles that SQLite has but Lucene may not
   * ({@code unindexed_articles}), and, when the two disagree on the count, reconciles them id by id.
   */
  private void recover() throws SQLException, IOException {
    Map<Long, String> unindexed = new LinkedHashMap<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT a.pk, a.analysis FROM unindexed_articles u JOIN articles a "
            + "ON a.pk = u.pk ORDER BY a.pk")) {
      while (r.next()) unindexed.put(r.getLong(1), r.getString(2));
    }
    for (var row : unindexed.entrySet()) reindex(row.getKey(), row.getValue());
    long articles;
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM articles")) {
      r.next();
      articles = r.getLong(1);
    }
    if (!unindexed.isEmpty() || index.count() != articles) {
      Set<String> inIndex = index.ids();
      Set<String> inDb = new HashSet<>();
      List<Long> missing = new ArrayList<>();
      try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT pk, id FROM articles")) {
        while (r.next()) {
          inDb.add(r.getString(2));
          if (!inIndex.contains(r.getString(2))) missing.add(r.getLong(1));
        }
      }
      inIndex.removeAll(inDb);
      index.delete(inIndex);
      for (long pk : missing) {
        try (PreparedStatement s = db.prepareStatement("SELECT analysis FROM articles WHERE pk = ?")) {
          s.setLong(1, pk);
          try (ResultSet r = s.executeQuery()) {
            if (r.next()) reindex(pk, r.getString(1));
          }
        }
      }
      index.commit();
    }
    if (!unindexed.isEmpty()) markIndexed(new ArrayList<>(unindexed.keySet()));
    // Co-mention counts a crash lost with the memory that held them.
    if (HeldCoMentions.behind(db)) HeldCoMentions.countAfterMark(db);
    db.commit();
  }

  /** Puts the stored articles (by pk) into the index again, with their current entity links; commits neither store. */
  private void reindexRows(Collection<Long> pks) throws SQLException, IOException {
    try (PreparedStatement s = db.prepareStatement("SELECT analysis FROM articles WHERE pk = ?")) {
      for (long pk : pks) {
        s.setLong(1, pk);
        try (ResultSet r = s.executeQuery()) {
          if (r.next()) reindex(pk, r.getString(1));
        }
      }
    }
  }

  private void reindex(long pk, String json) throws SQLException, IOException {
    ArticleAnalysis a = complete(Json.readAnalysis(json));
    Map<String, Long> links = new HashMap<>();
    try (PreparedStatement s = db.prepareStatement("SELECT local_id, entity FROM entity_links WHERE article = ?")) {
      s.setLong(1, pk);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) links.put(r.getString(1), r.getLong(2));
      }
    }
    index.put(a, links);
  }

  private void crashPoint(Step step) throws IOException {
    if (crashAt != step) return;
    // As after kill -9: nothing uncommitted survives, in either store.
    index.abandon();
    closeQuietly(reader);
    closeQuietly(db);
    throw new IOException("simulated crash " + step);
  }

  /** Why the archive refuses a record, or null. */
  private static String problem(ArticleAnalysis a) {
    if (a == null) return "no record";
    if (a.id() == null || a.id().isBlank()) return "no id";
    if (a.text() == null) return "no text";
    if (a.schema() != null && !a.schema().equals(ArticleAnalysis.SCHEMA)) return "unknown schema " + a.schema();
    if (a.entities() != null) {
      Set<String> ids = new HashSet<>();
      for (Entity e : a.entities()) {
        if (e.id() == null || e.name() == null || e.type() == null) return "entity without id, name or type";
        if (!ids.add(e.id())) return "duplicate entity id " + e.id();
      }
    }
    return null;
  }

  /** The record with absent lists as empty lists (JSON from elsewhere may leave them out). */
  private static ArticleAnalysis complete(ArticleAnalysis a) {
    return new ArticleAnalysis(a.schema() == null ? ArticleAnalysis.SCHEMA : a.schema(), a.id(), a.date(), a.title(),
        a.source(), a.url(), a.text(), list(a.captions()), list(a.entities()), list(a.quotes()), list(a.claims()),
        list(a.times()), list(a.events()), list(a.relations()));
  }

  static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : values;
  }

  private void rollbackQuietly() {
    if (linkRows != null) linkRows.clear();
    if (coMentions != null) coMentions.lost();
    try {
      db.rollback();
    } catch (SQLException ignored) {
      // the connection is gone; the transaction with it
    }
  }

  private static void closeQuietly(Connection c) {
    if (c == null) return;
    try {
      c.close();
    } catch (SQLException ignored) {
      // closing after a failure
    }
  }

  /**
   * Lets up to {@code articles} stored articles' co-mention counts wait in memory and be written together
   * (0, the default: with each store), fewer when they reach {@link HeldCoMentions#MAX_PAIRS} pairs. Until
   * written, and until {@link #close}, profiles and exports read counts without them; after a crash, opening
   * the archive counts them from their links. For bulk ingest:
   * each write of the counts touches most of their table, however few articles it adds.
   */
  public synchronized void holdCoMentions(int articles) {
    if (coMentions != null) coMentions.limit(articles);
  }

  /**
   * Lets the articles of several stores wait in one open SQLite transaction, with their index documents, until it
   * holds at least {@code articles} (0, the default: each store commits its own): then the store that passes it
   * commits both stores for all of them, and reports them stored. Until then queries do not see them, and a crash
   * loses them from both stores; {@link #commitStores} and {@link #close} commit what waits. For bulk ingest: an
   * index page that several stores change is written to the log and copied into the database once, not once per
   * store (docs/PERFORMANCE.md, "Ingest round 14a": half the bytes written at 100k).
   */
  public synchronized void holdCommits(int articles) {
    commitEvery = Math.max(0, articles);
  }

  /** Commits the articles waiting in the open transaction ({@link #holdCommits}) to both stores; returns their ids. */
  public synchronized List<String> commitStores() throws IOException {
    requireWritable();
    return commitHeld();
  }

  /**
   * Commits what waits ({@link #holdCommits}), writes the co-mention counts held ({@link #holdCoMentions}), closes
   * the index and the database.
   */
  @Override
  public synchronized void close() throws IOException {
    try {
      if (db != null) commitHeld();
    } finally {
      closeAfterCommits();
    }
  }

  private void closeAfterCommits() throws IOException {
    if (coMentions != null && coMentions.pending()) {
      try {
        coMentions.write();
        db.commit();
      } catch (SQLException e) {
        rollbackQuietly(); // the next open counts them from the links
      }
    }
    workers.shutdownNow();
    try {
      index.close();
    } finally {
      closeQuietly(reader);
      closeQuietly(db);
    }
  }
}
