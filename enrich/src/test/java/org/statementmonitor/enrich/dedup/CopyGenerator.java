package org.statementmonitor.enrich.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Republishes a statement the ways copies appear in the wild: a news lead paragraph, a UN cover
 * letter around the statement as an annex, a news footer, re-wrapped lines, American spelling and
 * acronyms, a copy cut short, an HTML page. Each transform is deterministic given the random source.
 */
public final class CopyGenerator {

  public enum Transform {
    NEW_LEAD, COVER_LETTER, FOOTER, REWRAP, RESPELL, CUT_SHORT, HTML
  }

  private static final String[] OUTLETS = {"Caspian Wire", "Regional Herald", "Daily Meridian",
    "News Agency of the South", "Baku Evening Post", "Diaspora Voice"};

  private final Random random;

  public CopyGenerator(Random random) {
    this.random = random;
  }

  /** A copy with one to three random transforms. */
  public String copy(String original) {
    List<Transform> all = new ArrayList<>(Arrays.asList(Transform.values()));
    java.util.Collections.shuffle(all, random);
    int n = 1 + random.nextInt(3);
    String text = original;
    for (Transform t : all.subList(0, n)) {
      text = apply(t, text);
    }
    return text;
  }

  public String apply(Transform t, String text) {
    return switch (t) {
      case NEW_LEAD -> newLead(text);
      case COVER_LETTER -> coverLetter(text);
      case FOOTER -> text + "\n\n" + footer();
      case REWRAP -> rewrap(text, 55 + random.nextInt(25));
      case RESPELL -> respell(text);
      case CUT_SHORT -> cutShort(text);
      case HTML -> html(text);
    };
  }

  String newLead(String text) {
    String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
    return outlet + " reports. A group of civil society organisations on " + (1 + random.nextInt(28))
        + " June released an appeal that our correspondent obtained this morning. Diplomats in the"
        + " capital said they had not yet seen the document, which was shared widely online.\n\n"
        + "The full text of the appeal reads as follows:\n\n\u201C" + text.strip() + "\u201D\n";
  }

  String coverLetter(String text) {
    int item = 30 + random.nextInt(100);
    return "United Nations A/" + (70 + random.nextInt(9)) + "/" + (100 + random.nextInt(800))
        + "\nGeneral Assembly\nDistr.: General\n\n"
        + "Letter dated " + (1 + random.nextInt(28)) + " April 2024 from the Permanent Representative"
        + " of Azerbaijan to the United Nations addressed to the Secretary-General\n\n"
        + "I have the honour to transmit herewith the appeal of civil society organisations of my"
        + " country (see annex). I should be grateful if you would have the present letter and its"
        + " annex circulated as a document of the General Assembly, under agenda item " + item + ".\n\n"
        + "(Signed) " + "Ambassador and Permanent Representative\n\n"
        + "Annex to the letter dated April 2024 from the Permanent Representative of Azerbaijan to the"
        + " United Nations addressed to the Secretary-General\n\n" + text;
  }

  String footer() {
    return "Follow " + OUTLETS[random.nextInt(OUTLETS.length)] + " on social media for more news from"
        + " the region. Reproduction of this article is permitted with a link to the source.\n"
        + "Related news\nTags: appeal, refugees, human rights\n\u00A9 2024 All rights reserved";
  }

  public static String rewrap(String text, int width) {
    StringBuilder out = new StringBuilder();
    for (String paragraph : text.split("\\n\\s*\\n")) {
      if (paragraph.contains(" \u2013 ") && paragraph.lines().count() > 2) {
        out.append(paragraph).append("\n\n");
        continue;
      }
      int col = 0;
      for (String word : paragraph.strip().split("\\s+")) {
        if (col > 0 && col + word.length() + 1 > width) {
          out.append('\n');
          col = 0;
        } else if (col > 0) {
          out.append(' ');
          col++;
        }
        out.append(word);
        col += word.length();
      }
      out.append("\n\n");
    }
    return out.toString();
  }

  public static String respell(String text) {
    return text.replace("internally displaced persons", "IDPs")
        .replace("colours", "colors").replace("colour", "color")
        .replace("organisations", "organizations").replace("organisation", "organization")
        .replace("Organisation", "Organization").replace("recognise", "recognize")
        .replace("honour", "honor").replace("defence", "defense").replace("centre", "center")
        .replace("programme", "program");
  }

  String cutShort(String text) {
    String[] paragraphs = text.split("\\n\\s*\\n");
    int keep = Math.max(3, (int) Math.ceil(paragraphs.length * (0.6 + 0.25 * random.nextDouble())));
    return String.join("\n\n", Arrays.copyOf(paragraphs, Math.min(keep, paragraphs.length)))
        + "\n\n[...]";
  }

  public static String html(String text) {
    StringBuilder out = new StringBuilder("<!DOCTYPE html><html><head><title>Appeal</title></head>"
        + "<body><article>\n");
    for (String paragraph : text.split("\\n\\s*\\n")) {
      String escaped = paragraph.strip().replace("&", "&amp;").replace("\u2019", "&rsquo;")
          .replace("'", "&#39;").replace("\n", "<br>\n");
      out.append("<p>").append(escaped).append("</p>\n");
    }
    return out.append("</article></body></html>\n").toString();
  }
}
