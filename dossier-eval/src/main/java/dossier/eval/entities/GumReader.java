package dossier.eval.entities;

import dossier.model.CodePoints;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one GUM document from its CoNLL-U file: the text rebuilt from the tokens (SpaceAfter=No,
 * paragraphs at {@code # newpar}), the creation date, and the entity mentions of the MISC
 * {@code Entity} field, of which those headed by a proper noun (UPOS PROPN) are scored.
 */
final class GumReader {
  private GumReader() {}

  // "(12-person-new-sssss-cf1-1,2-coref-Wikipedia_title" opens (and with ")" closes) group 12; "12)" closes it.
  private static final Pattern BRACKET = Pattern.compile("\\((\\d+)-([a-z]+)[^()]*(\\))?|(\\d+)\\)");
  private static final Pattern SPLIT_HEADING = Pattern.compile("^## (\\w+)");
  private static final Pattern SPLIT_ITEM = Pattern.compile("^\\s*\\* (\\S+)");

  /** Document name to split, from GUM's {@code splits.md}; documents it does not list are {@code train}. */
  static Map<String, String> splits(String splitsMd) {
    Map<String, String> out = new HashMap<>();
    String split = null;
    for (String line : splitsMd.split("\n")) {
      Matcher h = SPLIT_HEADING.matcher(line);
      Matcher item = SPLIT_ITEM.matcher(line);
      if (h.find()) split = h.group(1);
      else if (split != null && item.find()) out.put(item.group(1), split);
    }
    return out;
  }

  /** One word of a sentence: its chars in the text, its UPOS, its head (0-based, -1 for the root). */
  private record Word(int start, int end, String upos, int head) {}

  private record Open(int group, String type, int first) {}

  static GoldDocument parse(String conllu, Map<String, String> splits) {
    StringBuilder text = new StringBuilder();
    List<int[]> goldChars = new ArrayList<>();
    List<String> goldTypes = new ArrayList<>();
    List<Boolean> goldNamed = new ArrayList<>();
    String id = null;
    LocalDate date = null;
    boolean newParagraph = false;
    boolean spaceAfter = false;
    List<Word> words = new ArrayList<>();
    List<String> entityFields = new ArrayList<>();
    int multiwordEnd = -1;
    int[] multiwordChars = null;
    // The limit -1 keeps the trailing empty line that closes the last sentence.
    for (String line : (conllu + "\n").split("\n", -1)) {
      if (line.startsWith("# newdoc id = ")) {
        id = line.substring("# newdoc id = ".length()).trim();
      } else if (line.startsWith("# meta::dateCreated = ")) {
        date = LocalDate.parse(line.substring("# meta::dateCreated = ".length()).trim());
      } else if (line.equals("# newpar") || line.startsWith("# newpar ")) {
        newParagraph = true;
      } else if (line.isBlank()) {
        if (!words.isEmpty()) mentions(words, entityFields, goldChars, goldTypes, goldNamed);
        words.clear();
        entityFields.clear();
      } else if (!line.startsWith("#")) {
        String[] f = line.split("\t");
        if (f[0].contains(".")) continue; // empty nodes carry no text
        boolean range = f[0].contains("-");
        int[] chars = multiwordChars;
        // A multiword token ("don't" = do + n't) carries the text; the words in it share its span.
        if (range || multiwordEnd < 0) {
          if (text.length() > 0) text.append(words.isEmpty() ? (newParagraph ? "\n\n" : " ") : spaceAfter ? " " : "");
          newParagraph = false;
          chars = new int[] {text.length(), text.length() + f[1].length()};
          text.append(f[1]);
          spaceAfter = !f[9].contains("SpaceAfter=No");
        }
        if (range) {
          multiwordEnd = Integer.parseInt(f[0].substring(f[0].indexOf('-') + 1));
          multiwordChars = chars;
          continue;
        }
        if (Integer.parseInt(f[0]) >= multiwordEnd) multiwordEnd = -1;
        words.add(new Word(chars[0], chars[1], f[3], Integer.parseInt(f[6]) - 1));
        entityFields.add(field(f[9], "Entity="));
      }
    }
    String body = text.toString();
    CodePoints offsets = new CodePoints(body);
    List<Mention> gold = new ArrayList<>();
    List<Mention> ignored = new ArrayList<>();
    for (int i = 0; i < goldChars.size(); i++) {
      int[] c = goldChars.get(i);
      String type = EntityTypes.gum(goldTypes.get(i));
      Mention m = new Mention(offsets.at(c[0]), offsets.at(c[1]), type, body.substring(c[0], c[1])).normalized();
      (goldNamed.get(i) && type != null ? gold : ignored).add(m);
    }
    return new GoldDocument(id, splits.getOrDefault(id, "train"), date, body, gold, ignored,
        body.codePointCount(0, body.length()));
  }

  /** Collects one sentence's mentions: span, GUM type, and whether the syntactic head is a proper noun. */
  private static void mentions(List<Word> words, List<String> entityFields, List<int[]> chars, List<String> types,
      List<Boolean> named) {
    Deque<Open> open = new ArrayDeque<>();
    for (int i = 0; i < words.size(); i++) {
      String field = entityFields.get(i);
      if (field == null) continue;
      Matcher m = BRACKET.matcher(field);
      while (m.find()) {
        if (m.group(1) != null) {
          Open o = new Open(Integer.parseInt(m.group(1)), m.group(2), i);
          if (m.group(3) != null) add(words, o, i, chars, types, named);
          else open.push(o);
        } else {
          int group = Integer.parseInt(m.group(4));
          // Brackets of different groups may cross, so close the innermost open one of this group.
          Open o = open.stream().filter(x -> x.group() == group).findFirst().orElseThrow(
              () -> new IllegalArgumentException("GUM: unmatched entity bracket " + group + ")"));
          open.remove(o);
          add(words, o, i, chars, types, named);
        }
      }
    }
  }

  private static void add(List<Word> words, Open o, int last, List<int[]> chars, List<String> types,
      List<Boolean> named) {
    int head = o.first();
    for (int i = o.first(); i <= last; i++) {
      int h = words.get(i).head();
      if (h < o.first() || h > last) {
        head = i;
        break;
      }
    }
    chars.add(new int[] {words.get(o.first()).start(), words.get(last).end()});
    types.add(o.type());
    named.add(words.get(head).upos().equals("PROPN"));
  }

  private static String field(String misc, String key) {
    for (String part : misc.split("\\|")) {
      if (part.startsWith(key)) return part.substring(key.length());
    }
    return null;
  }
}
