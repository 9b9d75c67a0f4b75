package org.statementmonitor.ingest.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Documents the tests generate: PDFs (PDFBox), DOCX (POI), archives. No outside text. */
public final class DocumentFixtures {

  private DocumentFixtures() {}

  /** A UN-style cover letter as a PDF: one list of lines per page, with title and author set. */
  public static byte[] pdf(String title, String author, List<List<String>> pages) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (List<String> lines : pages) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          content.beginText();
          content.setFont(font, 11);
          content.setLeading(14);
          content.newLineAtOffset(60, 720);
          for (String line : lines) {
            content.showText(line);
            content.newLine();
          }
          content.endText();
        }
      }
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(title);
      info.setAuthor(author);
      Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      created.clear();
      created.set(2024, Calendar.FEBRUARY, 14, 9, 0, 0);
      info.setCreationDate(created);
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The symbol block and cover letter of a UN document, as lines. */
  public static List<String> unCoverLetter() {
    return List.of(
        "United Nations A/79/123-S/2024/456",
        "General Assembly Security Council Distr.: General",
        "14 February 2024",
        "Original: English",
        "Letter dated 12 February 2024 from the Permanent Representative",
        "addressed to the Secretary-General",
        "I have the honour to transmit herewith the appeal of the Example Community.",
        "I should be grateful if the present letter and its annex could be circulated.");
  }

  /** A DOCX with the given paragraphs, title and creator. */
  public static byte[] docx(String title, String creator, List<String> paragraphs) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String p : paragraphs) {
        doc.createParagraph().createRun().setText(p);
      }
      doc.getProperties().getCoreProperties().setTitle(title);
      doc.getProperties().getCoreProperties().setCreator(creator);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A zip whose one text entry inflates to {@code megabytes} MB: a compression bomb. */
  public static byte[] zipBomb(int megabytes) {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("statement.txt"));
      byte[] block = "appeal statement text ".repeat(4096).getBytes(StandardCharsets.US_ASCII);
      long written = 0;
      while (written < megabytes * 1024L * 1024) {
        zip.write(block);
        written += block.length;
      }
      zip.closeEntry();
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An XML document nested {@code depth} elements deep. */
  public static byte[] deeplyNestedXml(int depth) {
    return ("<?xml version=\"1.0\"?>" + "<a>".repeat(depth) + "text" + "</a>".repeat(depth))
        .getBytes(StandardCharsets.US_ASCII);
  }
}
