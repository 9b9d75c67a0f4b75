package org.statementmonitor.enrich.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The quality documents and their gold annotations (see resources quality/README.md). */
final class QualityCorpus {

  record Gold(String type, String text) {}

  record Watch(String id, String text) {}

  record Document(String name, String text, List<Gold> gold, List<Watch> watches) {}

  private QualityCorpus() {}

  static Path root() {
    try {
      return Path.of(QualityCorpus.class.getResource("/quality").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Document> load(String set) {
    List<Document> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(root().resolve(set))) {
      for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = txt.getFileName().toString().replace(".txt", "");
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        List<Gold> gold = new ArrayList<>();
        List<Watch> watches = new ArrayList<>();
        for (String line : Files.readAllLines(txt.resolveSibling(name + ".gold.tsv"), StandardCharsets.UTF_8)) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] parts = line.split("\t");
          if (parts[0].equals("WATCH")) {
            watches.add(new Watch(parts[1], parts[2]));
          } else {
            gold.add(new Gold(parts[0], parts[1]));
          }
        }
        out.add(new Document(set + "/" + name, text, gold, watches));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
