package dossier.eval.events;

import java.util.Locale;
import java.util.Map;

/**
 * Dossier's event types and roles in KAIROS terms, as WikiEvents annotates them. Only what fits is
 * mapped; docs/evaluation/events.md lists the table and what stays unmapped.
 */
public final class Kairos {
  private Kairos() {}

  /** Dossier type -> KAIROS type; the third level is "Unspecified" where KAIROS has no finer match. */
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("killing", "Life.Die.Unspecified"),
      Map.entry("death", "Life.Die.Unspecified"),
      Map.entry("injury", "Life.Injure.Unspecified"),
      Map.entry("attack", "Conflict.Attack.Unspecified"),
      Map.entry("battle", "Conflict.Attack.Unspecified"),
      Map.entry("explosion/remote violence", "Conflict.Attack.DetonateExplode"),
      Map.entry("protest", "Conflict.Demonstrate.Unspecified"),
      Map.entry("riot", "Conflict.Demonstrate.DemonstrateWithViolence"),
      Map.entry("arrest", "Justice.ArrestJailDetain.Unspecified"),
      Map.entry("charge", "Justice.ChargeIndict.Unspecified"),
      Map.entry("sentencing", "Justice.Sentence.Unspecified"),
      Map.entry("resignation/dismissal", "Personnel.EndPosition.Unspecified"),
      Map.entry("appointment", "Personnel.StartPosition.Unspecified"),
      Map.entry("flight", "Movement.Transportation.Unspecified"),
      Map.entry("border crossing", "Movement.Transportation.Unspecified"),
      Map.entry("accident", "Disaster.Crash.Unspecified"));

  /** The KAIROS type of a Dossier event, or null when none fits. */
  public static String type(String dossierType, String trigger) {
    // Dossier's "sentencing" also covers convictions; KAIROS keeps Convict apart, and the word tells which.
    if (dossierType.equals("sentencing") && trigger.toLowerCase(Locale.ROOT).startsWith("convict")) {
      return "Justice.Convict.Unspecified";
    }
    return TYPES.get(dossierType);
  }

  /** The KAIROS role of a Dossier participant in a {@code dossierType} event mapped to {@code kairosType}, or null. */
  public static String role(String dossierType, String kairosType, String dossierRole) {
    String family = kairosType.substring(0, kairosType.lastIndexOf('.'));
    return switch (dossierRole) {
      case "agent" -> switch (family) {
        // "X died": Dossier's subject of an intransitive death is the one who died.
        case "Life.Die" -> dossierType.equals("death") ? "Victim" : "Killer";
        case "Life.Injure" -> "Injurer";
        case "Conflict.Attack" -> "Attacker";
        case "Conflict.Demonstrate" -> "Demonstrator";
        case "Justice.ArrestJailDetain" -> "Jailer";
        case "Justice.ChargeIndict" -> "Prosecutor";
        case "Justice.Sentence", "Justice.Convict" -> "JudgeCourt";
        case "Personnel.EndPosition", "Personnel.StartPosition" -> "Employee";
        case "Movement.Transportation" -> "Passenger";
        case "Disaster.Crash" -> "DriverPassenger";
        default -> null;
      };
      case "victim" -> family.equals("Life.Die") || family.equals("Life.Injure") ? "Victim"
          : family.equals("Conflict.Attack") ? "Target" : null;
      case "target" -> family.equals("Conflict.Attack") ? "Target" : null;
      case "patient" -> switch (family) {
        case "Justice.ArrestJailDetain" -> "Detainee";
        case "Justice.ChargeIndict", "Justice.Sentence", "Justice.Convict" -> "Defendant";
        case "Personnel.EndPosition", "Personnel.StartPosition" -> "Employee";
        default -> null;
      };
      case "place" -> family.equals("Movement.Transportation") ? "Destination" : "Place";
      default -> null;
    };
  }
}
