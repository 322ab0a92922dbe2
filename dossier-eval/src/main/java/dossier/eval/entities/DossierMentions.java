package dossier.eval.entities;

import dossier.model.ArticleAnalysis;
import dossier.model.Entity;
import dossier.model.Span;
import dossier.pipeline.Pipeline;
import dossier.pipeline.read.RawArticle;
import java.util.ArrayList;
import java.util.List;

/** Dossier's entity mentions: every name-like mention of every entity, with the entity's type. */
final class DossierMentions implements MentionSystem {

  private final Pipeline pipeline;

  DossierMentions(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  public String name() {
    return "dossier";
  }

  @Override
  public List<Mention> mentions(GoldDocument doc) {
    ArticleAnalysis a = pipeline.analyze(new RawArticle(doc.id(), doc.date(), null, null, null, doc.text(), doc.id()));
    return of(a.entities());
  }

  /** The name-like mentions of these entities, normalized for scoring. */
  static List<Mention> of(List<Entity> entities) {
    List<Mention> out = new ArrayList<>();
    for (Entity e : entities) {
      for (Span s : e.mentions()) {
        // Coreference marks its nominal and pronoun mentions; a nominal may open with a capital ("A woman",
        // "Brooklyn mother" holding the name "Brooklyn"), which the capital test below would count as a name.
        if (!s.isName()) continue;
        Mention m = new Mention(s.start(), s.end(), e.type(), s.text()).normalized();
        if (nameLike(m)) out.add(m);
      }
    }
    return out;
  }

  /**
   * Whether a (normalized) mention reads as a name: the gold sets score only names, so anything else
   * would be a false positive. Dossier's nominal and pronoun mentions are already left out by their
   * kind; this also drops a name mention whose normalized text does not read as one. A name starts
   * with a capital or a digit, or its first word is camel-cased ("iPhone 4", "eBay").
   */
  static boolean nameLike(Mention m) {
    if (m.text().isEmpty()) return false;
    int first = m.text().codePointAt(0);
    String firstWord = m.text().split("\\s+")[0];
    return Character.isUpperCase(first) || Character.isDigit(first) || firstWord.chars().anyMatch(Character::isUpperCase);
  }
}
