package dossier.pipeline.read.html;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.pipeline.read.html.HtmlPage.Caption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Main text, captions and metadata of news pages with the usual boilerplate around them. */
public class HtmlExtractorTest {

  public static final String BODY_1 = "KYIV, Ukraine — A former commander of the Wagner group, Andrei Medvedev, crossed"
      + " the border into Norway on Friday, according to his lawyer, who said he had asked for asylum.";
  public static final String BODY_2 = "Medvedev, 26, told investigators that he had seen prisoners executed, and that he"
      + " feared for his life after he deserted in November, the lawyer added in a statement.";
  public static final String BODY_3 = "Norwegian police confirmed the arrest, saying the man was being held for illegally"
      + " crossing the border, and that the case had been handed to immigration officials.";

  /** A news page as publishers write them: navigation, a cookie banner, ads, related links, comments. */
  public static final String NEWS_PAGE = """
      <!DOCTYPE html>
      <html lang="en"><head>
      <meta charset="utf-8">
      <title>Wagner commander flees to Norway | The Daily Example</title>
      <link rel="canonical" href="https://news.example.com/world/wagner-commander-norway">
      <meta property="og:title" content="Wagner commander flees to Norway">
      <meta property="article:published_time" content="2023-01-30T08:00:00Z">
      <script type="application/ld+json">
      {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Wagner commander flees to Norway",
       "datePublished": "2023-01-31T09:12:00+01:00", "author": [{"@type": "Person", "name": "Jane Doe"}, {"name": "Ivan Petrov"}]}
      </script>
      </head><body>
      <div id="cookie-banner" class="consent">We use cookies to improve your experience. <button>Accept all</button></div>
      <header class="site-header"><a href="/">The Daily Example</a>
        <nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li></ul></nav></header>
      <div class="ad ad-leaderboard">Advertisement: buy the best shoes in town, now at half price, today only.</div>
      <main><article>
        <h1>Wagner commander flees to Norway</h1>
        <div class="byline">By <a rel="author" href="/jane">Jane Doe</a></div>
        <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet this, please and thank you</a></div>
        <figure><img src="medvedev.jpg" alt="">
          <figcaption>Andrei Medvedev in a video filmed before his escape. <span class="credit">Ivan Noyabrev / TASS</span></figcaption>
        </figure>
        <p>%s</p>
        <p>%s</p>
        <div class="related-links"><h3>Related</h3><ul>
          <li><a href="/a">Wagner recruits in prisons across Russia, a report finds, again and again</a></li>
          <li><a href="/b">Norway tightens the border with Russia after a string of crossings this winter</a></li></ul></div>
        <p>%s</p>
        <div class="newsletter-signup"><p>Sign up for our morning newsletter, with the day's news in five minutes.</p></div>
      </article>
      <section id="comments" class="comments"><h2>Comments</h2>
        <div class="comment"><p>This is outrageous, and the government should do something about it, I think.</p></div>
        <div class="comment"><p>Great reporting, as always, from the best newspaper in the whole wide world.</p></div>
      </section></main>
      <aside><h2>Most read</h2><p>Something else entirely, about another topic, with some commas, here.</p></aside>
      <footer><p>© 2023 The Daily Example, all rights reserved, everywhere.</p></footer>
      </body></html>
      """.formatted(BODY_1, BODY_2, BODY_3);

  @Test
  void newsPageGivesItsBodyWithoutBoilerplateAndItsCaptionApart() {
    HtmlPage page = HtmlExtractor.extract(NEWS_PAGE, "https://news.example.com/world/wagner?utm_source=x");

    assertEquals(List.of(BODY_1, BODY_2, BODY_3), page.paragraphs());
    assertEquals(List.of(new Caption("Andrei Medvedev in a video filmed before his escape.", "Ivan Noyabrev / TASS")),
        page.captions());
    assertEquals("Wagner commander flees to Norway", page.title());
    assertEquals("https://news.example.com/world/wagner-commander-norway", page.url());
    assertEquals(List.of("Jane Doe", "Ivan Petrov"), page.authors());
    assertEquals(List.of(), page.warnings());
  }

  @Test
  void jsonLdDateWinsOverMetaTags() {
    HtmlPage page = HtmlExtractor.extract(NEWS_PAGE, null);

    assertEquals(LocalDate.of(2023, 1, 31), page.date());
    assertEquals(DateSource.JSON_LD, page.dateSource());
  }

  @Test
  void metaWinsOverTimeWhichWinsOverTheUrl() {
    String meta = page("<meta property=\"article:published_time\" content=\"2021-03-04T10:00:00-05:00\">",
        "<time datetime=\"2021-03-05\">March 5</time>");
    String time = page("", "<time datetime=\"2021-03-05T23:10:00+02:00\">March 5</time>");
    String url = "https://example.com/news/2021/03/06/story-slug/";

    assertEquals(new Dated(LocalDate.of(2021, 3, 4), DateSource.META), dated(HtmlExtractor.extract(meta, url)));
    assertEquals(new Dated(LocalDate.of(2021, 3, 5), DateSource.TIME_ELEMENT), dated(HtmlExtractor.extract(time, url)));
    assertEquals(new Dated(LocalDate.of(2021, 3, 6), DateSource.URL), dated(HtmlExtractor.extract(page("", ""), url)));
    assertEquals(new Dated(null, null), dated(HtmlExtractor.extract(page("", ""), "https://example.com/news/story")));
  }

  @Test
  void pageWithOnlyAUrlDateTakesItFromTheCanonicalUrl() {
    String html = page("<link rel=\"canonical\" href=\"https://example.com/2019/11/19/a-story.html\">", "");

    HtmlPage page = HtmlExtractor.extract(html, "https://example.com/amp/a-story");

    assertEquals(LocalDate.of(2019, 11, 19), page.date());
    assertEquals(DateSource.URL, page.dateSource());
  }

  @Test
  void hundredThousandNestedDivsFinishFastAndKeepTheText() {
    String html = "<html><body>" + "<div>".repeat(100_000) + "<p>" + BODY_1 + "</p>" + "</div>".repeat(100_000) + "</body></html>";

    HtmlPage page = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> HtmlExtractor.extract(html, null));

    assertEquals(List.of(BODY_1), page.paragraphs());
  }

  @Test
  void brokenHtmlStillGivesItsText() {
    String html = "<html><body><div class=story><p>" + BODY_1 + "<p>" + BODY_2 + "</span></div></td><p>" + BODY_3;

    assertEquals(List.of(BODY_1, BODY_2, BODY_3), HtmlExtractor.extract(html, null).paragraphs());
  }

  @Test
  void manyMegabytePageIsExtractedInBoundedTime() {
    StringBuilder html = new StringBuilder("<html><body><article>");
    for (int i = 0; html.length() < 4_000_000; i++) {
      html.append("<p>Paragraph ").append(i).append(", with words, commas and a full stop at the end of it.</p>\n");
      html.append("<div class=\"related\"><a href=\"/x").append(i).append("\">A related link</a></div>\n");
    }
    html.append("</article></body></html>");

    HtmlPage page = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> HtmlExtractor.extract(html.toString(), null));

    assertTrue(page.paragraphs().size() > 25_000, "paragraphs: " + page.paragraphs().size());
    assertFalse(page.bodyText().contains("A related link"));
  }

  /** Before boilerplate was removed in one pass per parent, this page took minutes (jsoup removes child by child). */
  @Test
  void hugeFlatPageOfBoilerplateSiblingsKeepsItsParagraphs() {
    StringBuilder html = new StringBuilder("<html><body><article>");
    int paragraphs = 0;
    for (int i = 0; html.length() < 8_000_000; i++) {
      if (i % 50 == 0) {
        html.append("<p>Paragraph ").append(paragraphs++).append(", with words, commas and a full stop.</p>");
      }
      html.append("<div class=\"share-bar\"><a href=\"#\">Share</a></div>");
    }
    html.append("</article></body></html>");

    // A hang guard, far above the few seconds it takes; the assertions are on the output.
    HtmlPage page = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> HtmlExtractor.extract(html.toString(), null));

    assertEquals(paragraphs, page.paragraphs().size());
    assertEquals("Paragraph 0, with words, commas and a full stop.", page.paragraphs().get(0));
    assertFalse(page.bodyText().contains("Share"));
  }

  @Test
  void latin1DeclaredPageIsDecodedAsDeclared() {
    byte[] bytes = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head>"
        + "<body><p>Le président a déclaré à la télévision, jeudi soir, que la réforme des retraites irait à son terme.</p>"
        + "</body></html>").getBytes(ISO_8859_1);

    HtmlPage page = HtmlExtractor.extract(bytes, bytes.length, null, null);

    assertEquals(List.of("Le président a déclaré à la télévision, jeudi soir, que la réforme des retraites irait à son terme."),
        page.paragraphs());
    assertEquals(List.of(), page.warnings());
  }

  @Test
  void undecodableBytesBecomeReplacementCharsAndAWarning() {
    byte[] bytes = "<html><body><p>Caf\u00e9 owners said, on Monday, that prices had risen again this year.</p></body></html>"
        .getBytes(ISO_8859_1); // declared nowhere, so read as UTF-8, which é in Latin-1 is not

    HtmlPage page = HtmlExtractor.extract(bytes, bytes.length, null, null);

    assertEquals(List.of("Caf\ufffd owners said, on Monday, that prices had risen again this year."), page.paragraphs());
    assertEquals(List.of("invalid UTF-8, bad bytes replaced"), page.warnings());
  }

  @Test
  void unknownDeclaredCharsetIsReadAsUtf8WithAWarning() {
    byte[] bytes = "<html><head><meta charset=\"x-no-such\"></head><body><p>Text, with commas, long enough to count here.</p></body></html>"
        .getBytes(ISO_8859_1);

    HtmlPage page = HtmlExtractor.extract(bytes, bytes.length, null, null);

    assertEquals(List.of("unknown charset x-no-such, read as UTF-8"), page.warnings());
  }

  @Test
  void jsonLdArticleBodyIsUsedWhenItHoldsTheText() {
    String body = (BODY_1 + "\n" + BODY_2 + "\n" + BODY_3).replace("\"", "\\\"");
    String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"articleBody\": \""
        + body.replace("\n", "\\n") + "\"}</script></head><body><div class=\"teaser\"><p>" + BODY_1
        + "</p></div><div><p>Log in to read the rest, for free, in a minute or two.</p></div></body></html>";

    assertEquals(List.of(BODY_1, BODY_2, BODY_3), HtmlExtractor.extract(html, null).paragraphs());
  }

  /** A portal page: a menu column of links beside the story, whose text sits straight in its div between {@code <br>}s. */
  @Test
  void storyWrittenStraightIntoADivBesideALinkColumnWinsOverTheFooter() {
    String menu = "<li><a href=\"/servicos\">Serviços e informações ao cidadão</a></li>".repeat(40);
    String html = "<html><body><div class=\"row\"><div class=\"col-md-3\"><ul>" + menu + "</ul></div>"
        + "<div class=\"col-md-9\"><p class=\"titulo\">Service reports a break-in</p><br>" + BODY_1 + "<br><br>" + BODY_2
        + "<br></div></div><div class=\"bottom\"><div class=\"col-lg-12\"><div style=\"text-align: center\">"
        + "Example City Hall - Main Street 1111 - Postal code 89259-565 - Phone 2106-8000</div></div></div></body></html>";

    HtmlPage page = HtmlExtractor.extract(html, null);

    assertTrue(page.paragraphs().containsAll(List.of(BODY_1, BODY_2)), page.paragraphs().toString());
    assertFalse(page.bodyText().contains("Postal code"), page.bodyText());
  }

  @Test
  void listOfTeaserArticlesAfterTheStoryIsNotPartOfIt() {
    String teaser = "<article class=\"post\"><p>%s Another post of the blog, about another topic, with its opening"
        + " lines shown as a teaser, and a link to the rest of it, which is longer…</p></article>";
    String html = "<html><body><div id=\"primary\"><article class=\"post\"><h1>The story</h1><p>" + BODY_1 + " " + BODY_2
        + "</p></article><article class=\"post\"><h3 class=\"relatedpoststitle\">You may also like</h3>"
        + String.format(teaser, "One.") + String.format(teaser, "Two.") + String.format(teaser, "Three.")
        + String.format(teaser, "Four.") + "</article></div></body></html>";

    assertEquals(List.of(BODY_1 + " " + BODY_2), HtmlExtractor.extract(html, null).paragraphs());
  }

  /** Magazines cut a story into chunks of the same kind, each in its own grid row with an ad rail beside it. */
  @Test
  void storySplitIntoBlocksOfTheSameClassIsTakenWhole() {
    String chunk = "<div class=\"grid\"><div class=\"body body__container article__body\">%s</div>"
        + "<div class=\"grid__aside\"></div></div>";
    String more = "<p>Officials in Oslo said, on Saturday, that the request would be examined like any other, and that"
        + " it could take months, given the number of cases before the directorate this winter.</p>";
    String html = "<html><body><div class=\"chunks\">"
        + String.format(chunk, "<p>" + BODY_1 + "</p><p>" + BODY_2 + "</p>")
        + "<div class=\"ad-slot\"><p>Advertisement</p></div><figure><img src=\"x.jpg\"><figcaption>The border post.</figcaption></figure>"
        + String.format(chunk, "<p>" + BODY_3 + "</p>" + more + more.replace("Oslo", "Kirkenes"))
        + "</div><div class=\"row\"><div class=\"more\"><p>Our latest stories, picked for you, and more, here.</p></div></div>"
        + "</body></html>";

    List<String> paragraphs = HtmlExtractor.extract(html, null).paragraphs();

    assertEquals(5, paragraphs.size(), paragraphs.toString());
    assertEquals(List.of(BODY_1, BODY_2, BODY_3), paragraphs.subList(0, 3));
  }

  @Test
  void continuationNestedInAnotherIsTakenOnce() {
    String more = "<p>Officials in Oslo said, on Saturday, that the request would be examined like any other, and that"
        + " it could take months, given the number of cases before the directorate this winter.</p>";
    String html = "<html><body><div class=\"grid\"><div class=\"story-text\"><p>" + BODY_1 + "</p><p>" + BODY_2 + "</p><p>"
        + BODY_3 + "</p><p>" + BODY_1 + "</p><p>" + BODY_2 + "</p></div></div><div class=\"ad-slot\"><p>Advertisement</p></div>"
        + "<div class=\"grid\"><div class=\"story-text\">" + more + "<div class=\"story-text\">" + more.replace("Oslo", "Kirkenes")
        + "</div></div></div></body></html>";

    List<String> paragraphs = HtmlExtractor.extract(html, null).paragraphs();

    assertEquals(7, paragraphs.size(), paragraphs.toString());
    assertTrue(paragraphs.get(6).contains("Kirkenes"), paragraphs.toString());
  }

  /** Some publishers put the body's HTML into JSON-LD, some entity-escape it too: either is read as HTML. */
  @Test
  void jsonLdArticleBodyWithMarkupIsReadAsHtml() {
    String markup = "<p>" + BODY_1 + "</p><h2>The escape</h2><p>" + BODY_2 + " <a href=\"/x\">More</a> &amp; more.</p>"
        + "<div align=\"center\"><img src=\"x.jpg\"></div><p>" + BODY_3 + "</p>";
    String escaped = markup.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    for (String articleBody : List.of(markup, escaped)) {
      String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"articleBody\": \""
          + articleBody.replace("\"", "\\\"") + "\"}</script></head><body><div class=\"teaser\"><p>" + BODY_1
          + "</p></div></body></html>";

      assertEquals(List.of(BODY_1, "The escape", BODY_2 + " More & more.", BODY_3), HtmlExtractor.extract(html, null).paragraphs());
    }
  }

  @Test
  void tweetEmbeddedInASocialWrapperIsQuotedTextAndPrevNextTeasersAreNot() {
    String html = "<html><body><article><p>" + BODY_1 + "</p><div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\">"
        + "<p>We are on it, and we will stay on it, whatever it takes.</p>— Example Police (@examplepolice) January 30, 2023"
        + "</blockquote></div><p>" + BODY_2 + "</p><div class=\"grid-container next-prev\"><a href=\"/next\">Next news</a>"
        + "<h5>Norway opens a new border post</h5><p>The post near Kirkenes opens, with more guards, next month.</p></div>"
        + "</article></body></html>";

    List<String> paragraphs = HtmlExtractor.extract(html, null).paragraphs();

    assertTrue(paragraphs.contains("We are on it, and we will stay on it, whatever it takes."), paragraphs.toString());
    assertFalse(String.join(" ", paragraphs).contains("Kirkenes"), paragraphs.toString());
  }

  @Test
  void furnitureLinesAndUnrenderedShortcodesAreDropped() {
    String html = "<html><body><article><p>" + BODY_1 + "</p><p>Advert</p><p>" + BODY_2 + "</p><p>This slideshow requires"
        + " JavaScript.</p><p>[button link=\"/submit\" type=\"big\"] Send us your review[/button]</p><p>" + BODY_3
        + "</p><h3>12 comments</h3></article></body></html>";

    assertEquals(List.of(BODY_1, BODY_2, BODY_3), HtmlExtractor.extract(html, null).paragraphs());
  }

  /** Blogger wraps the posts in a "widget Blog" and writes them as text between {@code <br>}s, without {@code <p>}. */
  @Test
  void blogWithoutParagraphTagsInAWidgetNamedBlockKeepsItsPost() {
    String html = "<html><body><div class=\"widget Navbar\"><a href=\"/\">Home</a></div><div class=\"widget Blog\">"
        + "<div class=\"post hentry\"><h3 class=\"post-title\">Medvedev in Norway</h3><div class=\"post-body entry-content\">"
        + BODY_1 + "<br><br>" + BODY_2 + "<br><br>" + BODY_3 + "</div></div></div><div class=\"widget Followers\">"
        + "<p>Followers of this blog, and more of them, every day.</p></div></body></html>";

    assertEquals(List.of(BODY_1, BODY_2, BODY_3), HtmlExtractor.extract(html, null).paragraphs());
  }

  @Test
  void pageWithoutArticleGivesNoParagraphs() {
    HtmlPage page = HtmlExtractor.extract("<html><body><nav><a href=/>Home</a></nav></body></html>", null);

    assertEquals(List.of(), page.paragraphs());
    assertNull(page.date());
  }

  private static String page(String head, String body) {
    return "<html><head>" + head + "</head><body><article>" + body + "<p>" + BODY_1 + "</p><p>" + BODY_2
        + "</p></article></body></html>";
  }

  private record Dated(LocalDate date, DateSource source) {}

  private static Dated dated(HtmlPage page) {
    return new Dated(page.date(), page.dateSource());
  }
}
