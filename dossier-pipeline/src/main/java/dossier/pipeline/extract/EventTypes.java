package dossier.pipeline.extract;

import java.util.Map;
import java.util.Set;

/** The trigger lexicon: which words name which event type (docs/EVENTS.md describes the taxonomy). */
final class EventTypes {
  private EventTypes() {}

  /** Verb lemmas and the event type they trigger. */
  static final Map<String, String> VERBS = Map.ofEntries(
      Map.entry("kill", "killing"), Map.entry("murder", "killing"), Map.entry("execute", "killing"),
      Map.entry("assassinate", "killing"), Map.entry("behead", "killing"), Map.entry("slay", "killing"),
      Map.entry("massacre", "killing"), Map.entry("shoot", "killing"),
      Map.entry("die", "death"),
      Map.entry("injure", "injury"), Map.entry("wound", "injury"),
      Map.entry("attack", "attack"), Map.entry("assault", "attack"), Map.entry("raid", "attack"),
      Map.entry("ambush", "attack"), Map.entry("storm", "attack"),
      Map.entry("shell", "explosion/remote violence"), Map.entry("bomb", "explosion/remote violence"),
      Map.entry("explode", "explosion/remote violence"),
      Map.entry("fight", "battle"), Map.entry("clash", "battle"), Map.entry("battle", "battle"),
      Map.entry("protest", "protest"), Map.entry("demonstrate", "protest"), Map.entry("riot", "riot"),
      Map.entry("desert", "desertion"), Map.entry("defect", "desertion"),
      Map.entry("cross", "border crossing"), Map.entry("flee", "flight"), Map.entry("escape", "flight"),
      Map.entry("recruit", "recruitment"), Map.entry("join", "recruitment"), Map.entry("enlist", "recruitment"),
      Map.entry("arrest", "arrest"), Map.entry("detain", "arrest"), Map.entry("apprehend", "arrest"),
      // An arrest only with a person captured or caught, and a place captured is a battle: EventExtractor decides,
      // for the nouns "capture" and "recapture" too.
      Map.entry("capture", "arrest"), Map.entry("recapture", "arrest"), Map.entry("catch", "arrest"),
      Map.entry("charge", "charge"), Map.entry("indict", "charge"),
      Map.entry("sentence", "sentencing"), Map.entry("jail", "sentencing"), Map.entry("convict", "sentencing"),
      Map.entry("imprison", "sentencing"),
      Map.entry("resign", "resignation/dismissal"), Map.entry("dismiss", "resignation/dismissal"),
      Map.entry("sack", "resignation/dismissal"), Map.entry("oust", "resignation/dismissal"),
      Map.entry("appoint", "appointment"), Map.entry("nominate", "appointment"),
      Map.entry("sign", "agreement"), Map.entry("accuse", "accusation"), Map.entry("blame", "accusation"),
      Map.entry("elect", "election"), Map.entry("kidnap", "abduction"), Map.entry("abduct", "abduction"),
      Map.entry("crash", "accident"), Map.entry("collide", "accident"), Map.entry("derail", "accident"),
      Map.entry("collapse", "disaster"), Map.entry("flood", "disaster"));

  /** Nouns that name an event, and its type. */
  static final Map<String, String> NOUNS = Map.ofEntries(
      Map.entry("execution", "killing"), Map.entry("executions", "killing"), Map.entry("killing", "killing"),
      Map.entry("killings", "killing"), Map.entry("murder", "killing"), Map.entry("murders", "killing"),
      Map.entry("massacre", "killing"), Map.entry("assassination", "killing"),
      Map.entry("death", "death"), Map.entry("deaths", "death"),
      Map.entry("attack", "attack"), Map.entry("attacks", "attack"), Map.entry("raid", "attack"),
      Map.entry("ambush", "attack"), Map.entry("assault", "attack"),
      Map.entry("shelling", "explosion/remote violence"), Map.entry("bombing", "explosion/remote violence"),
      Map.entry("airstrike", "explosion/remote violence"), Map.entry("airstrikes", "explosion/remote violence"),
      Map.entry("explosion", "explosion/remote violence"), Map.entry("blast", "explosion/remote violence"),
      Map.entry("battle", "battle"), Map.entry("battles", "battle"), Map.entry("clashes", "battle"),
      Map.entry("fighting", "battle"), Map.entry("offensive", "battle"),
      Map.entry("protest", "protest"), Map.entry("protests", "protest"), Map.entry("demonstration", "protest"),
      Map.entry("rally", "protest"), Map.entry("riot", "riot"), Map.entry("riots", "riot"),
      Map.entry("desertion", "desertion"), Map.entry("arrest", "arrest"), Map.entry("arrests", "arrest"),
      Map.entry("detention", "arrest"), Map.entry("indictment", "charge"), Map.entry("conviction", "sentencing"),
      Map.entry("resignation", "resignation/dismissal"), Map.entry("dismissal", "resignation/dismissal"),
      Map.entry("appointment", "appointment"), Map.entry("agreement", "agreement"), Map.entry("ceasefire", "agreement"),
      Map.entry("treaty", "agreement"), Map.entry("accusation", "accusation"), Map.entry("accusations", "accusation"),
      Map.entry("election", "election"), Map.entry("elections", "election"), Map.entry("kidnapping", "abduction"),
      Map.entry("crash", "accident"), Map.entry("accident", "accident"), Map.entry("collision", "accident"),
      Map.entry("earthquake", "disaster"), Map.entry("flood", "disaster"), Map.entry("floods", "disaster"),
      Map.entry("hurricane", "disaster"), Map.entry("wildfire", "disaster"), Map.entry("landslide", "disaster"),
      Map.entry("tsunami", "disaster"));

  /** Nouns for people one can capture or catch: "the prisoner was recaptured", "police caught the suspect". */
  static final Set<String> CATCHABLE_PEOPLE = Set.of("suspect", "fugitive", "prisoner", "inmate", "escapee",
      "convict", "gunman", "gunmen", "man", "men", "woman", "women", "boy", "girl", "teen", "teenager", "person",
      "people", "soldier", "fighter", "militant", "rebel", "insurgent", "leader", "commander", "killer", "murderer",
      "thief", "robber", "burglar", "smuggler", "poacher", "trafficker", "attacker", "shooter", "bomber", "member",
      "driver", "migrant", "spy", "deserter", "hostage", "criminal", "gang", "pirate");

  /** Those whose catching someone is an arrest: "police caught the suspect", not "the boy caught the ball". */
  static final Set<String> LAW_ENFORCEMENT = Set.of("police", "policeman", "policemen", "officer", "deputy",
      "authority", "trooper", "agent", "marshal", "detective", "sheriff", "ranger", "guard", "cop", "patrol");

  /** Nouns for places one can capture: "the capture of the city" is a battle for it, not an arrest. */
  static final Set<String> CAPTURABLE_PLACES = Set.of("city", "town", "village", "capital", "base", "airport",
      "airfield", "port", "territory", "province", "district", "region", "area", "hill", "stronghold", "outpost",
      "checkpoint", "bridge", "border", "crossing", "fortress", "garrison", "position", "settlement");

  /** The role of the thing acted on, per type: those killed are victims, those arrested patients. */
  static String objectRole(String type) {
    return switch (type) {
      case "killing", "injury", "abduction" -> "victim";
      case "attack", "explosion/remote violence", "accusation" -> "target";
      case "recruitment", "desertion", "border crossing", "flight" -> "target";
      default -> "patient";
    };
  }

  /** What a figure beside the event counts: "39 died" counts the dead. */
  static String countKey(String type) {
    return switch (type) {
      case "killing", "death", "disaster", "accident" -> "killed";
      case "injury" -> "injured";
      case "arrest" -> "arrested";
      case "protest" -> "participants";
      default -> null;
    };
  }
}
