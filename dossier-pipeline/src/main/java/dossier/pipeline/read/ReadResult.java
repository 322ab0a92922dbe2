package dossier.pipeline.read;

/**
 * What reading one input yields: an article, a failure that names the file and line, or a notice
 * about records read past on purpose or read with a guess (neither an article nor a failure).
 */
public sealed interface ReadResult {

  record Success(RawArticle article) implements ReadResult {}

  /** @param line 1-based line number, or 0 when the failure concerns the whole file */
  record Failure(String file, int line, String message) implements ReadResult {
    /** One line for people: {@code file:line: message}. */
    @Override
    public String toString() {
      return (line > 0 ? file + ":" + line : file) + ": " + message;
    }
  }

  /**
   * Something a user may want to know that lost no article: a WARC file's skipped records, counted
   * by kind ("skipped 2 of 3 records: 1 request, 1 response image/png"), or a page whose charset was guessed.
   *
   * @param line 1-based line or record number, or 0 when the notice concerns the whole file
   */
  record Notice(String file, int line, String message) implements ReadResult {
    /** One line for people: {@code file:line: message}. */
    @Override
    public String toString() {
      return (line > 0 ? file + ":" + line : file) + ": " + message;
    }
  }
}
