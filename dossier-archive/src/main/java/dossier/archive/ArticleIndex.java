package dossier.archive;

import dossier.model.ArticleAnalysis;
import dossier.model.Entity;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene side of the archive: one document per article, keyed by {@link #ID}.
 * Writes become visible, and durable, only at {@link #commit()}. Opened {@link #readOnly} it has no
 * writer (and takes no lock): searches see the last commit of the process that writes.
 */
final class ArticleIndex implements Closeable {
  /** Field names: the schema of the index (see docs/ARCHIVE.md). */
  static final String ID = "id", TITLE = "title", TEXT = "text", DATE = "date", SOURCE = "source",
      ENTITY_NAME = "entity_name", ENTITY_ID = "entity_id", ENTITY_TYPE = "entity_type";

  private final FSDirectory directory;
  /** Null when read-only. */
  private final IndexWriter writer;
  private final SearcherManager searchers;

  ArticleIndex(Path dir) throws IOException {
    directory = FSDirectory.open(dir);
    IndexWriterConfig config = new IndexWriterConfig(new FoldingAnalyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(64);
    writer = new IndexWriter(directory, config);
    // A new index gets an empty commit at once, so that read-only openers find one.
    if (!DirectoryReader.indexExists(directory)) writer.commit();
    searchers = new SearcherManager(writer, null);
  }

  private ArticleIndex(FSDirectory directory) throws IOException {
    this.directory = directory;
    writer = null;
    searchers = new SearcherManager(directory, null);
  }

  /** The index in {@code dir} for reading only, beside a process that may be writing it. */
  static ArticleIndex readOnly(Path dir) throws IOException {
    FSDirectory directory = FSDirectory.open(dir);
    try {
      if (!DirectoryReader.indexExists(directory)) throw new IOException("no index in " + dir);
      return new ArticleIndex(directory);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Adds the article or replaces its earlier document: idempotent. */
  void put(ArticleAnalysis a, Map<String, Long> archiveEntities) throws IOException {
    writer().updateDocument(new Term(ID, a.id()), document(a, archiveEntities));
  }

  void delete(Collection<String> ids) throws IOException {
    IndexWriter w = writer();
    for (String id : ids) w.deleteDocuments(new Term(ID, id));
  }

  /** Writes the documents added so far to segment files, neither visible nor durable until {@link #commit()}. */
  void flush() throws IOException {
    writer().flush();
  }

  void commit() throws IOException {
    writer().commit();
    searchers.maybeRefreshBlocking();
  }

  private IndexWriter writer() throws IOException {
    if (writer == null) throw new IOException("the index is open read-only");
    return writer;
  }

  /** A searcher over the newest commit (read-only) or the writer's last commit; release it to {@link #searchers}. */
  private IndexSearcher acquire() throws IOException {
    if (writer == null) searchers.maybeRefreshBlocking(); // cheap when nothing was committed since
    return searchers.acquire();
  }

  /** Every article id in the committed-or-pending index (live documents only; read-only: committed). */
  Set<String> ids() throws IOException {
    Set<String> ids = new HashSet<>();
    try (DirectoryReader reader = writer == null ? DirectoryReader.open(directory) : DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        SortedDocValues values = leaf.reader().getSortedDocValues(ID);
        if (values == null) continue;
        int doc;
        while ((doc = values.nextDoc()) != SortedDocValues.NO_MORE_DOCS) {
          if (live == null || live.get(doc)) ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
        }
      }
    }
    return ids;
  }

  int count() throws IOException {
    IndexSearcher s = acquire();
    try {
      return s.getIndexReader().numDocs();
    } finally {
      searchers.release(s);
    }
  }

  /** Article ids best matching a query in Lucene syntax over title, text and entity names, best first. */
  List<Archive.Hit> search(String query, int limit) throws IOException {
    Query parsed;
    try {
      MultiFieldQueryParser parser = new MultiFieldQueryParser(
          new String[] {TITLE, TEXT, ENTITY_NAME}, new FoldingAnalyzer(), Map.of(TITLE, 2f, ENTITY_NAME, 1.5f, TEXT, 1f));
      parser.setDefaultOperator(MultiFieldQueryParser.AND_OPERATOR);
      parsed = parser.parse(query);
    } catch (ParseException e) {
      throw new IllegalArgumentException("bad query: " + e.getMessage(), e);
    }
    IndexSearcher s = acquire();
    try {
      TopDocs top = s.search(new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST).build(), Math.max(1, limit));
      List<Archive.Hit> hits = new ArrayList<>();
      var stored = s.storedFields();
      for (ScoreDoc d : top.scoreDocs) {
        Document doc = stored.document(d.doc);
        var day = doc.getField(DATE);
        hits.add(new Archive.Hit(doc.get(ID), doc.get(TITLE),
            day == null ? null : LocalDate.ofEpochDay(day.numericValue().longValue()), doc.get(SOURCE), d.score));
      }
      return hits;
    } finally {
      searchers.release(s);
    }
  }

  /** Runs {@code work} on a searcher that sees the last commit: the hook for query code (filters, facets). */
  <T> T withSearcher(Archive.IndexWork<T> work) throws IOException {
    IndexSearcher s = acquire();
    try {
      return work.run(s);
    } finally {
      searchers.release(s);
    }
  }

  /** A query in Lucene syntax over title, text and entity names, all terms required, as {@link #search} parses it. */
  static Query parse(String query) {
    try {
      MultiFieldQueryParser parser = new MultiFieldQueryParser(
          new String[] {TITLE, TEXT, ENTITY_NAME}, new FoldingAnalyzer(), Map.of(TITLE, 2f, ENTITY_NAME, 1.5f, TEXT, 1f));
      parser.setDefaultOperator(MultiFieldQueryParser.AND_OPERATOR);
      return parser.parse(query);
    } catch (ParseException e) {
      throw new IllegalArgumentException("bad query: " + e.getMessage(), e);
    }
  }

  private static Document document(ArticleAnalysis a, Map<String, Long> archiveEntities) {
    Document doc = new Document();
    doc.add(new StringField(ID, a.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(a.id())));
    if (a.title() != null) doc.add(new TextField(TITLE, a.title(), Field.Store.YES));
    doc.add(new TextField(TEXT, a.text(), Field.Store.NO));
    if (a.date() != null) {
      long day = a.date().toEpochDay();
      doc.add(new LongPoint(DATE, day));
      doc.add(new StoredField(DATE, day));
      doc.add(new NumericDocValuesField(DATE, day));
    }
    if (a.source() != null) {
      doc.add(new StringField(SOURCE, a.source(), Field.Store.YES));
      doc.add(new SortedSetDocValuesField(SOURCE, new BytesRef(a.source())));
    }
    Set<String> types = new HashSet<>();
    Set<Long> ids = new HashSet<>();
    for (Entity e : a.entities()) {
      doc.add(new TextField(ENTITY_NAME, e.name(), Field.Store.NO));
      if (types.add(e.type())) {
        doc.add(new StringField(ENTITY_TYPE, e.type(), Field.Store.NO));
        doc.add(new SortedSetDocValuesField(ENTITY_TYPE, new BytesRef(e.type())));
      }
      Long id = archiveEntities.get(e.id());
      if (id != null && ids.add(id)) {
        String idText = id.toString();
        doc.add(new StringField(ENTITY_ID, idText, Field.Store.NO));
        doc.add(new SortedSetDocValuesField(ENTITY_ID, new BytesRef(idText)));
      }
    }
    return doc;
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      if (writer != null) writer.close(); // commits pending changes; the caller commits first anyway
    } finally {
      directory.close();
    }
  }

  /** Drops uncommitted changes and closes, as a crash would; for tests of recovery. */
  void abandon() throws IOException {
    try {
      searchers.close();
      writer.rollback();
    } finally {
      directory.close();
    }
  }
}
