package dossier.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class KairosTest {

  @Test
  void mapsTypesAndTellsConvictionsFromSentences() {
    assertEquals("Life.Die.Unspecified", Kairos.type("killing", "killed"));
    assertEquals("Conflict.Attack.DetonateExplode", Kairos.type("explosion/remote violence", "blast"));
    assertEquals("Justice.Convict.Unspecified", Kairos.type("sentencing", "convicted"));
    assertEquals("Justice.Sentence.Unspecified", Kairos.type("sentencing", "sentenced"));
    assertNull(Kairos.type("desertion", "deserted"));
  }

  @Test
  void mapsRolesByType() {
    assertEquals("Killer", Kairos.role("killing", "Life.Die.Unspecified", "agent"));
    assertEquals("Victim", Kairos.role("death", "Life.Die.Unspecified", "agent"));
    assertEquals("Attacker", Kairos.role("attack", "Conflict.Attack.Unspecified", "agent"));
    assertEquals("Detainee", Kairos.role("arrest", "Justice.ArrestJailDetain.Unspecified", "patient"));
    assertEquals("Place", Kairos.role("attack", "Conflict.Attack.Unspecified", "place"));
    assertNull(Kairos.role("protest", "Conflict.Demonstrate.Unspecified", "patient"));
  }
}
