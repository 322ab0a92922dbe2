package dossier.eval.bench;

import dossier.model.ArticleAnalysis;
import dossier.model.Claim;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Quote;
import dossier.model.Relation;
import dossier.model.Span;
import dossier.model.TimeExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Realistic-sized pre-analyzed articles for the archive benchmark, from a seeded random: about 500
 * words of text (sentences of the bundled samples between generated entity, quote and claim
 * sentences), 20 entities (10 people, 5 organizations, 5 places, drawn with a skew from pools of
 * 7,200 people, 600 organizations and 150 places, so some are in many articles and most in few),
 * and 10 quotes, 10 claims, 10 time expressions and 10 events each, with every span's offsets right.
 */
final class ArticleGenerator {
  private static final String[] FIRST = ("Anna Boris Carlos Dmitry Elena Fatima Georg Hana Ivan Jamal Karin Lars Maria "
      + "Nikolai Olga Pedro Qasim Rosa Sergei Tomasz Ursula Viktor Wei Xenia Yusuf Zofia Ahmed Bianca Chen Daniel Emine "
      + "Farid Grace Hiroshi Ingrid Jorge Kemal Leila Mikhail Nadia Omar Pavel Recep Sofia Tariq Uwe Vera Walter Yasmin "
      + "Zoran Amir Beatrix Cyril Dragan Esra Felix Gulnara Hassan Irina Joanna").split(" ");
  private static final String[] LAST = ("Adamowicz Brudziński Cavusoglu Dąbrowski Erdoğan Fischer García Haddad "
      + "Ivanova Jankowski Kowalski Lindqvist Medvedev Nowak Orlov Petrov Quispe Romanov Schmidt Tusk Usmanov Volkov "
      + "Wagner Xu Yilmaz Zelenko Abbas Bauer Costa Demir Evans Fedorov Grünberg Hoffmann Ibrahim Jensen Kaya Lebedev "
      + "Müller Novak Öztürk Pavlov Quinn Rossi Sokolov Tanaka Ulrich Vasquez Weber Yamamoto Zhukov Aksoy Berger "
      + "Castillo Dubois Eriksen Fontaine Gallo Horvath Iglesias Jovanović Kuznetsov Larsen Moreau Nielsen Olsen "
      + "Popescu Reyes Santos Torres Urban Varga Wolff Yildiz Zimmermann Antonov Belov Chávez Dimitrov Egorov Frolov "
      + "Gómez Hansen Ilyin Jaworski Kiselev Lopez Markov Nikolaev Obradović Petrović Ramos Savić Titov Ushakov "
      + "Vlasov Wójcik Yakovlev Zaitsev Arslan Bozkurt Çelik Doğan Erdem Güneş Hakan Işık Kılıç Koç Özdemir Şahin "
      + "Tekin Uysal Yavuz").split(" ");
  private static final String[] ORG_A = ("National Federal Central European Northern Eastern Western Southern United "
      + "Independent Civic Democratic Popular Royal Coastal Baltic Atlantic Pacific Caspian Alpine").split(" ");
  private static final String[] ORG_B = ("Energy Defence Health Railway Farmers Workers Banking Shipping Mining Steel "
      + "Media Election Police Border Water Aviation Telecom Grain Oil Gas Press Teachers Students Veterans Nurses "
      + "Pilots Customs Court Space Science").split(" ");
  private static final String[] ORG_C = "Agency Council Party Union Ministry Commission Institute Front".split(" ");
  private static final String[] PLACES = ("Gdańsk Warsaw Kraków Ankara Istanbul İzmir Kyiv Kharkiv Odesa Moscow "
      + "Magnitogorsk Novosibirsk Oslo Bergen Tromsø Paris Lyon Marseille Berlin Hamburg München Vienna Graz Prague "
      + "Brno Budapest Debrecen Bucharest Cluj Sofia Varna Belgrade Niš Zagreb Split Ljubljana Rome Milan Naples Madrid "
      + "Barcelona Valencia Lisbon Porto London Manchester Dublin Cork Brussels Antwerp Amsterdam Rotterdam Copenhagen "
      + "Aarhus Stockholm Gothenburg Helsinki Tampere Tallinn Riga Vilnius Minsk Chișinău Tbilisi Yerevan Baku Tehran "
      + "Baghdad Mosul Damascus Aleppo Raqqa Beirut Amman Cairo Alexandria Tunis Algiers Rabat Tripoli Khartoum "
      + "Addis Ababa Nairobi Mogadishu Lagos Abuja Accra Dakar Kinshasa Luanda Johannesburg Durban Harare Lusaka "
      + "Kabul Kandahar Islamabad Karachi Lahore Delhi Mumbai Kolkata Dhaka Colombo Kathmandu Yangon Bangkok Hanoi "
      + "Manila Jakarta Surabaya Kuala Lumpur Singapore Beijing Shanghai Wuhan Hong Kong Taipei Seoul Busan Tokyo "
      + "Osaka Sapporo Sydney Melbourne Auckland Santiago Lima Quito Bogotá Caracas Havana Mexico City Guadalajara "
      + "Houston Chicago Boston Toronto Montreal Vancouver Anchorage Reykjavik Nuuk Murmansk Arkhangelsk Kazan "
      + "Samara Ufa Perm Omsk Tomsk Irkutsk Yakutsk Vladivostok").split(" ");
  private static final String[] ROLES = {"the interior minister", "a spokesperson for the government", "the mayor",
      "a senior official", "the opposition leader", "a former commander", "the head of the agency", "a local resident",
      "the prime minister", "a police spokesperson", "the foreign minister", "an analyst", "a union leader",
      "the chief executive", "a witness"};
  private static final String[][] EVENTS = {{"met", "meeting"}, {"criticized", "statement"}, {"visited", "visit"},
      {"attacked", "attack"}, {"sued", "lawsuit"}, {"praised", "statement"}, {"accused", "accusation"},
      {"negotiated with", "negotiation"}, {"warned", "statement"}, {"signed an agreement with", "agreement"}};
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};
  private static final String[] SOURCES = {"Wikinews", "Reuters", "AP", "AFP", "TASS", "BBC", "Anadolu", "DW",
      "Le Monde", "The Guardian", "Kyiv Independent", "NRK", "PAP", "Al Jazeera", "Xinhua", "Meduza", "NHK", "EFE",
      "ANSA", "Yonhap"};
  private static final String[] CUES = {"said", "told reporters", "added", "wrote", "stated"};
  private static final String[] CLAIM_CUES = {"said", "claimed", "denied", "believed", "reported"};

  private final List<String> sentences;
  private final Random random;
  private int words;

  /** {@code sentences}: real sentences (from the bundled samples) used as filler, quotes and claims. */
  ArticleGenerator(List<String> sentences, long seed) {
    if (sentences.isEmpty()) throw new IllegalArgumentException("no sentences to build texts from");
    this.sentences = sentences;
    this.random = new Random(seed);
  }

  /** Sentences of 6 to 25 words, without quote marks, from texts. */
  static List<String> sentences(List<String> texts) {
    List<String> out = new ArrayList<>();
    for (String text : texts) {
      for (String s : text.replace('\n', ' ').split("(?<=[.!?])\\s+")) {
        String t = s.strip();
        int n = t.split("\\s+").length;
        if (n >= 6 && n <= 25 && t.endsWith(".") && t.indexOf('"') < 0 && t.indexOf('“') < 0 && t.indexOf('”') < 0
            && Character.isUpperCase(t.charAt(0))) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /** A skewed index into a pool of n: low indexes are much more frequent (a few prominent entities). */
  private int skewed(int n) {
    return (int) (n * Math.pow(random.nextDouble(), 3));
  }

  private String person() {
    return FIRST[skewed(FIRST.length)] + " " + LAST[skewed(LAST.length)];
  }

  private String org() {
    return ORG_A[skewed(ORG_A.length)] + " " + ORG_B[skewed(ORG_B.length)] + " " + ORG_C[random.nextInt(ORG_C.length)];
  }

  /**
   * A person's birth year, the same in every article (1940-1989): a random age per article made every
   * later mention of a person a birth-year conflict for the resolver, so a new entity each time.
   */
  private static int birthYear(String person) {
    return 1940 + Math.floorMod(person.hashCode(), 50);
  }

  /** The {@code i}-th article (ids "bench-i"), from the generator's random sequence. */
  ArticleAnalysis next(int i) {
    List<String> people = distinct(10, this::person);
    List<String> orgs = distinct(5, this::org);
    List<String> places = distinct(5, () -> PLACES[skewed(PLACES.length)]);
    LocalDate date = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(3650));
    String source = SOURCES[random.nextInt(SOURCES.length)];
    StringBuilder text = new StringBuilder();
    Map<String, List<Span>> mentions = new LinkedHashMap<>();
    Map<String, String> ids = new LinkedHashMap<>();
    Map<String, String> types = new LinkedHashMap<>();
    for (String p : people) add(ids, types, p, "PERSON");
    for (String o : orgs) add(ids, types, o, "ORGANIZATION");
    for (String l : places) add(ids, types, l, "LOCATION");
    Map<String, String> roles = new LinkedHashMap<>();
    Map<String, Span> ageEvidence = new LinkedHashMap<>();
    Map<String, String> ages = new LinkedHashMap<>();
    List<Quote> quotes = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    List<TimeExpression> times = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    List<Relation> relations = new ArrayList<>();
    words = 0;
    append(text, places.get(0).toUpperCase(java.util.Locale.ROOT) + " (" + source + ") — ");
    for (int k = 0; k < 10; k++) {
      String p = people.get(k), o = orgs.get(k % 5), l = places.get(k % 5);
      String surname = p.substring(p.indexOf(' ') + 1);
      // "Anna Nowak, 54, the mayor, met the National Energy Agency in Oslo on 3 March."
      int sentence = text.length();
      mention(mentions, p, text, p);
      if (!roles.containsKey(p)) {
        String age = String.valueOf(date.getYear() - birthYear(p));
        ages.put(p, age);
        append(text, ", " + age);
        ageEvidence.put(p, new Span(sentence, text.length() + 1, text.substring(sentence) + ","));
        String role = ROLES[random.nextInt(ROLES.length)];
        roles.put(p, role);
        append(text, ", " + role + ",");
      }
      append(text, " ");
      String[] ev = EVENTS[random.nextInt(EVENTS.length)];
      Span trigger = new Span(text.length(), text.length() + ev[0].length(), ev[0]);
      append(text, ev[0] + " the ");
      mention(mentions, o, text, o);
      append(text, " in ");
      mention(mentions, l, text, l);
      append(text, " ");
      LocalDate when = date.minusDays(random.nextInt(10));
      String timeText = "on " + when.getDayOfMonth() + " " + MONTHS[when.getMonthValue() - 1];
      times.add(new TimeExpression(text.length(), text.length() + timeText.length(), timeText, "DATE", when.toString()));
      append(text, timeText + ".");
      if (k == 0) {
        relations.add(new Relation(ids.get(p), "member_of", ids.get(o), sentence, text.length(),
            text.substring(sentence)));
      }
      events.add(new Event(ev[1], trigger, List.of(new Event.Participant("agent", ids.get(p), p),
          new Event.Participant("target", ids.get(o), o)), ids.get(l), l, when.toString(), null, null, "asserted",
          "actual", k % 4 == 0 ? Map.of("people", String.valueOf(2 + random.nextInt(200))) : Map.of()));
      // A quote: "...," Nowak said.
      String said = sentences.get(random.nextInt(sentences.size()));
      String quoted = "\"" + said.substring(0, said.length() - 1) + ",\"";
      append(text, " ");
      int qs = text.length();
      append(text, quoted);
      int qe = text.length();
      append(text, " ");
      mention(mentions, p, text, surname);
      String cue = CUES[random.nextInt(CUES.length)];
      append(text, " " + cue + ".");
      quotes.add(new Quote(qs, qe, quoted, "direct", ids.get(p), p, cue));
      // A claim: The Baltic Media Council claimed that ...
      append(text, " The ");
      mention(mentions, o, text, o);
      String claimCue = CLAIM_CUES[random.nextInt(CLAIM_CUES.length)];
      append(text, " " + claimCue + " that ");
      String c = sentences.get(random.nextInt(sentences.size()));
      c = Character.toLowerCase(c.charAt(0)) + c.substring(1);
      int cs = text.length();
      append(text, c);
      claims.add(new Claim(cs, text.length() - 1, c.substring(0, c.length() - 1), ids.get(o), o, claimCue,
          claimCue.equals("denied") ? "denied" : claimCue.equals("believed") ? "believed" : "asserted"));
      // Filler, and the place named once more now and then.
      if (k % 3 == 0) append(text, " " + sentences.get(random.nextInt(sentences.size())));
      if (k % 3 == 2) {
        append(text, " Residents of ");
        mention(mentions, l, text, l);
        append(text, " were told to stay informed.");
      }
      append(text, k % 3 == 2 ? "\n\n" : " ");
    }
    while (words < 480) append(text, sentences.get(random.nextInt(sentences.size())) + " ");
    String body = text.toString().strip();
    List<Entity> entities = new ArrayList<>();
    for (var e : ids.entrySet()) {
      String name = e.getKey();
      String role = roles.get(name);
      String age = ages.get(name);
      entities.add(new Entity(e.getValue(), name, types.get(name), types.get(name).equals("LOCATION") ? "CITY" : null,
          mentions.getOrDefault(name, List.of()), role == null ? List.of() : List.of(role.replaceFirst("^(the|a|an) ", "")),
          age == null ? Map.of() : Map.of("age", age), null,
          age == null ? Map.of() : Map.of("age", ageEvidence.get(name))));
    }
    String p0 = people.get(0);
    String title = p0.substring(p0.indexOf(' ') + 1) + " " + events.get(0).trigger().text() + " " + orgs.get(0) + " in "
        + places.get(0);
    return new ArticleAnalysis(ArticleAnalysis.SCHEMA, "bench-" + i, date, title, source,
        "https://example.org/bench/" + i, body, List.of(), entities, quotes, claims, times, events, relations);
  }

  private static void add(Map<String, String> ids, Map<String, String> types, String name, String type) {
    ids.put(name, "e" + (ids.size() + 1));
    types.put(name, type);
  }

  private void append(StringBuilder text, String s) {
    text.append(s);
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == ' ') words++;
  }

  private void mention(Map<String, List<Span>> mentions, String entity, StringBuilder text, String surface) {
    mentions.computeIfAbsent(entity, k -> new ArrayList<>())
        .add(new Span(text.length(), text.length() + surface.length(), surface));
    append(text, surface);
  }

  private static List<String> distinct(int n, java.util.function.Supplier<String> pick) {
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    while (out.size() < n) out.add(pick.get());
    return new ArrayList<>(out);
  }
}
