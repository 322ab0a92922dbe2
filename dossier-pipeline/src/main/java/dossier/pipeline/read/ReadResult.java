package dossier.pipeline.read;

/** What reading one input yields: an article, or a failure that names the file and line. */
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
}
