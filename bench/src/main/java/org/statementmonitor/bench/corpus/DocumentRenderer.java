package org.statementmonitor.bench.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders a generated statement as the documents ingest fetches: an HTML page with a news or NGO
 * site's furniture around the article (navigation, share bar, "most read" box, cookie banner,
 * footer), and a PDF with one line of text per line of the statement, wrapped to the page. The PDF
 * uses a standard font, so characters it cannot encode (Chinese letterheads, the schwa) are replaced.
 */
public final class DocumentRenderer {

  private static final float FONT_SIZE = 10f;
  private static final float LEADING = 13f;
  private static final float MARGIN = 56f;
  private static final int WRAP = 95;

  private DocumentRenderer() {}

  /** The statement as a site's HTML page, UTF-8. */
  public static byte[] html(GeneratedStatement s) {
    StringBuilder html = new StringBuilder(s.text().length() * 2);
    html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(s.title())).append("</title>")
        .append("<meta property=\"og:title\" content=\"").append(escape(s.title())).append("\">")
        .append("<meta name=\"author\" content=\"").append(escape(s.organisation())).append("\">")
        .append("<meta property=\"article:published_time\" content=\"").append(s.published()).append("\">")
        .append("<link rel=\"canonical\" href=\"https://example.org/news/").append(s.id()).append("\">")
        .append("<script>window.dataLayer=[];function track(){}</script></head><body>")
        .append("<div class=\"cookie-banner\">We use cookies to improve your experience. <a href=\"#\">Accept</a></div>")
        .append("<nav class=\"menu\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li>")
        .append("<li><a href=\"/statements\">Statements</a></li><li><a href=\"/contact\">Contact</a></li></ul></nav>")
        .append("<main><article><h1>").append(escape(s.title())).append("</h1>")
        .append("<div class=\"share-bar\"><a href=\"#\">Share</a> <a href=\"#\">Print</a></div>");
    for (String block : s.text().split("\n")) {
      if (!block.isBlank()) {
        html.append("<p>").append(escape(block)).append("</p>\n");
      }
    }
    html.append("</article><aside class=\"most-read\"><h3>Most read</h3><ul>")
        .append("<li><a href=\"/a\">Ministers meet in Vienna</a></li><li><a href=\"/b\">Forum opens</a></li></ul></aside>")
        .append("</main><footer><p>About us: an independent site publishing statements since 2005.</p>")
        .append("<p>&copy; 2026 All rights reserved.</p></footer></body></html>");
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The statement as a PDF document, A4, wrapped lines. */
  public static byte[] pdf(GeneratedStatement s) {
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    List<String> lines = wrap(encodable(font, s.text()));
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.getDocumentInformation().setTitle(encodable(font, s.title()));
      doc.getDocumentInformation().setAuthor(encodable(font, s.organisation()));
      int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
      for (int from = 0; from < lines.size(); from += perPage) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          content.beginText();
          content.setFont(font, FONT_SIZE);
          content.setLeading(LEADING);
          content.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
          for (String line : lines.subList(from, Math.min(lines.size(), from + perPage))) {
            content.showText(line);
            content.newLine();
          }
          content.endText();
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render " + s.id() + " as PDF", e);
    }
  }

  private static List<String> wrap(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      String rest = line;
      while (rest.length() > WRAP) {
        int cut = rest.lastIndexOf(' ', WRAP);
        cut = cut <= 0 ? WRAP : cut;
        lines.add(rest.substring(0, cut));
        rest = rest.substring(cut).stripLeading();
      }
      lines.add(rest);
    }
    return lines;
  }

  private static String encodable(PDType1Font font, String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      String ch = new String(Character.toChars(cp));
      switch (cp) {
        case 'ə' -> out.append('e');
        case 'Ə' -> out.append('E');
        default -> out.append(canEncode(font, ch) ? ch : "?");
      }
    });
    return out.toString();
  }

  private static boolean canEncode(PDType1Font font, String ch) {
    if (ch.charAt(0) < 0x20) {
      return false;
    }
    try {
      font.encode(ch);
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
