package dossier.pipeline.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Verb frames that mostly attribute, counted on PolNeAR's train split (see {@code dossier/attribution/cue-frames.tsv}
 * for the command and thresholds): a verb lemma with a noun-phrase object ("blamed the media"), with "to" and an
 * infinitive ("declined to comment"), or with a preposition ("called for a ban", "referred to").
 */
public final class CueFrames {

  /**
   * Words between a verb and its preposition that do not change the frame: "lashed out at", "doubling down on".
   * The extractor reads frames past them, and dossier-eval's counting tool counts them so.
   */
  public static final Set<String> PARTICLES = Set.of("down", "out", "in", "up", "back", "publicly", "openly");

  /** Where a frame's noun-phrase object starts: a determiner, a noun, a pronoun, an adjective or a number. */
  public static final Set<String> OBJECT_STARTS =
      Set.of("DT", "PRP$", "NN", "NNS", "NNP", "NNPS", "JJ", "CD", "PRP");

  private static final String RESOURCE = "/dossier/attribution/cue-frames.tsv";

  private static final CueFrames TRAIN = load(RESOURCE);

  private final Set<String> objects;
  private final Set<String> infinitives;
  private final Map<String, Set<String>> prepositions;

  private CueFrames(Set<String> objects, Set<String> infinitives, Map<String, Set<String>> prepositions) {
    this.objects = objects;
    this.infinitives = infinitives;
    this.prepositions = prepositions;
  }

  static CueFrames train() {
    return TRAIN;
  }

  boolean takesObject(String lemma) {
    return objects.contains(lemma);
  }

  boolean takesInfinitive(String lemma) {
    return infinitives.contains(lemma);
  }

  boolean takesPreposition(String lemma, String preposition) {
    return prepositions.getOrDefault(lemma, Set.of()).contains(preposition);
  }

  private static CueFrames load(String resource) {
    InputStream in = CueFrames.class.getResourceAsStream(resource);
    if (in == null) throw new IllegalStateException("missing cue frames " + resource);
    Set<String> objects = new HashSet<>();
    Set<String> infinitives = new HashSet<>();
    Map<String, Set<String>> prepositions = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) continue;
        String[] frame = line.substring(0, line.indexOf('\t')).split(" ");
        switch (frame[1]) {
          case "object" -> objects.add(frame[0]);
          case "to-infinitive" -> infinitives.add(frame[0]);
          default -> prepositions.computeIfAbsent(frame[0], k -> new HashSet<>()).add(frame[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read cue frames " + resource, e);
    }
    return new CueFrames(Set.copyOf(objects), Set.copyOf(infinitives), Map.copyOf(prepositions));
  }
}
