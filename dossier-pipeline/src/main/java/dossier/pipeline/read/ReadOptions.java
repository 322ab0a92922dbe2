package dossier.pipeline.read;

import java.time.LocalDate;

/**
 * How to read: the date of undated articles, and the longest article text accepted.
 *
 * @param defaultDate the date ({@code --date}) of articles whose source gives none, or null
 * @param maxChars the most {@code char}s ({@code String.length()}, after any header is removed)
 *     an article text may have; longer ones are failures, not truncated
 */
public record ReadOptions(LocalDate defaultDate, long maxChars) {

  /** 2 million chars: about 300,000 words, far beyond any news article. */
  public static final long DEFAULT_MAX_CHARS = 2_000_000;

  public ReadOptions {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
    }
  }

  /** No default date, {@link #DEFAULT_MAX_CHARS}. */
  public static ReadOptions defaults() {
    return new ReadOptions(null, DEFAULT_MAX_CHARS);
  }
}
