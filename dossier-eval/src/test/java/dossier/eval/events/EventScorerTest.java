package dossier.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventScorerTest {

  private static ScoredEvent event(String type, int trigger, ScoredEvent.Argument... args) {
    return new ScoredEvent(type, new TokenSpan(trigger, trigger + 1), List.of(args), type, "w" + trigger);
  }

  private static ScoredEvent.Argument arg(String role, int... tokens) {
    return new ScoredEvent.Argument(role, java.util.Arrays.stream(tokens).mapToObj(t -> new TokenSpan(t, t + 1)).toList(), "a");
  }

  private static final List<ScoredEvent> GOLD = List.of(
      event("Life.Die.Unspecified", 2, arg("Victim", 5, 30), arg("Place", 7)),
      event("Conflict.Attack.DetonateExplode", 10, arg("Attacker", 0)));

  // S1 right trigger and type, one right argument (Victim, at a coreferent mention) and one wrong (Killer);
  // S2 right trigger, wrong third level, its argument therefore wrong; S3 a false, unmapped trigger.
  private static final List<ScoredEvent> SYSTEM = List.of(
      event("Life.Die.Unspecified", 2, arg("Victim", 30), arg("Killer", 1)),
      event("Conflict.Attack.Unspecified", 10, arg("Attacker", 0)),
      event(null, 20, arg(null, 22)));

  @Test
  void countsTriggersTypesAndArguments() {
    ErrorLog errors = new ErrorLog();
    EventScorer.Score s = EventScorer.score(GOLD, SYSTEM, errors, "doc");
    assertEquals(0.8, s.triggerId().f1(), 1e-9); // P 2/3, R 2/2
    assertEquals(0.4, s.triggerCls().f1(), 1e-9); // P 1/3, R 1/2
    assertEquals(2.0 / 7, s.arguments().f1(), 1e-9); // P 1/4, R 1/3
    assertEquals(1, errors.count("false argument, by reason", "entity not a gold argument"));
    assertEquals(1, errors.count("missed argument, by gold type/role (argument missed)", "Life.Die.Unspecified/Place"));
  }

  @Test
  void twoLevelTypesForgiveTheThirdLevel() {
    EventScorer.Score s = EventScorer.score(GOLD.stream().map(ScoredEvent::twoLevels).toList(),
        SYSTEM.stream().map(ScoredEvent::twoLevels).toList(), new ErrorLog(), "doc");
    assertEquals(0.8, s.triggerCls().f1(), 1e-9); // P 2/3, R 2/2
  }

  @Test
  void aGoldArgumentIsMatchedOnce() {
    List<ScoredEvent> twice = List.of(event("Life.Die.Unspecified", 2, arg("Victim", 5), arg("Victim", 30)));
    EventScorer.Score s = EventScorer.score(GOLD.subList(0, 1), twice, new ErrorLog(), "doc");
    assertEquals(1, s.arguments().tp(), 1e-9);
    assertEquals(1, s.arguments().fp(), 1e-9);
  }

  @Test
  void perfectOutputScoresOne() {
    EventScorer.Score s = EventScorer.score(GOLD, GOLD, new ErrorLog(), "doc");
    assertEquals(1.0, s.triggerId().f1(), 1e-9);
    assertEquals(1.0, s.triggerCls().f1(), 1e-9);
    assertEquals(1.0, s.arguments().f1(), 1e-9);
  }
}
