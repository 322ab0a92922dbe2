package dossier.eval.time;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/** Reads TimeML (gold {@code .tml} and the {@code .TE3input} system input) with the JDK's SAX parser. */
final class TimeMl {

  private TimeMl() {}

  /** The document in {@code xml}; TIMEX3 spans are {@code char} offsets into the TEXT content. */
  static TimeMlDocument parse(String xml) {
    Handler handler = new Handler();
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      // The files never need a DTD or external entities; refusing them keeps the parser offline.
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.newSAXParser().parse(new InputSource(new StringReader(xml)), handler);
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalArgumentException("not TimeML: " + e.getMessage(), e);
    }
    if (handler.docId == null || handler.dct == null || handler.text == null) {
      throw new IllegalArgumentException("TimeML without DOCID, DCT or TEXT");
    }
    return new TimeMlDocument(handler.docId.strip(), handler.dct, handler.text.toString(), handler.timexes);
  }

  /** Collects TEXT's characters and the TIMEX3s opened inside it, whatever else is nested there. */
  private static final class Handler extends DefaultHandler {
    private final Deque<String> open = new ArrayDeque<>();
    private final Deque<Integer> timexStarts = new ArrayDeque<>();
    private final Deque<Attributes> timexAttributes = new ArrayDeque<>();
    private final List<Timex> timexes = new ArrayList<>();
    private final StringBuilder chars = new StringBuilder();
    private StringBuilder text;
    private String docId;
    private Timex dct;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      if (qName.equals("TEXT")) {
        text = new StringBuilder();
      } else if (qName.equals("TIMEX3")) {
        timexStarts.push(inText() ? text.length() : 0);
        timexAttributes.push(new AttributesImpl(attributes));
      }
      if (!inText()) chars.setLength(0);
      open.push(qName);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      open.pop();
      switch (qName) {
        case "DOCID" -> docId = chars.toString();
        case "TIMEX3" -> {
          int start = timexStarts.pop();
          Attributes a = timexAttributes.pop();
          if (inText()) {
            timexes.add(timex(a, start, text.length(), text.substring(start)));
          } else if (open.contains("DCT")) {
            dct = timex(a, 0, 0, chars.toString());
          }
        }
        default -> { }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      (inText() ? text : chars).append(ch, start, length);
    }

    private boolean inText() {
      return open.contains("TEXT");
    }

    private static Timex timex(Attributes a, int start, int end, String covered) {
      String value = a.getValue("value");
      return new Timex(start, end, covered, a.getValue("type"), value == null ? "" : value);
    }
  }
}
