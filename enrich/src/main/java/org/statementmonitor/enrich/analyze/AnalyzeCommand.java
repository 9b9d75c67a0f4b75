package org.statementmonitor.enrich.analyze;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.statementmonitor.common.config.MonitorConfig;
import org.statementmonitor.common.event.Statement;
import org.statementmonitor.common.json.Json;
import org.statementmonitor.enrich.analysis.Analysis;
import org.statementmonitor.enrich.analysis.AnalysisSettings;
import org.statementmonitor.enrich.analysis.Analyzers;
import org.statementmonitor.enrich.analysis.DefaultStatementAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code monitor analyze [--format json|text] [--watchlist FILE] [--config FILE] [--no-duplicates]
 * FILE|DIR...}: runs
 * the same analysis as the enrich service on local files of any type Tika reads and prints each
 * file's language and entities, and in JSON the duplicate clusters between the files. Directories are walked recursively (hidden files skipped). A file
 * that cannot be read is reported with its error; the exit code is then 1.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Language, entities (with watchlist links) and facts of local documents.")
public final class AnalyzeCommand implements Callable<Integer> {

  /** Output formats. */
  public enum Format { json, text }

  @Spec CommandSpec spec;

  @Option(names = "--format", description = "json or text (default: ${DEFAULT-VALUE})", defaultValue = "json")
  Format format;

  @Option(names = "--watchlist", paramLabel = "FILE", description = "watchlist YAML (overrides enrich.watchlist)")
  Path watchlist;

  @Option(names = "--config", paramLabel = "FILE", description = "monitor configuration YAML (enrich section)")
  Path config;

  @Option(names = "--max-bytes", description = "skip files larger than this (default: ${DEFAULT-VALUE})",
      defaultValue = "52428800")
  long maxBytes;

  @Option(names = "--duplicates", negatable = true, defaultValue = "true",
      description = "mark copies and reused passages between the files (default: ${DEFAULT-VALUE})")
  boolean duplicates;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "files or directories to analyse")
  List<Path> inputs = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    MonitorConfig monitorConfig = config == null ? MonitorConfig.empty() : MonitorConfig.load(config);
    AnalysisSettings settings = AnalysisSettings.from(monitorConfig);
    if (watchlist != null) {
      settings = settings.withWatchlist(watchlist);
    }
    settings = new AnalysisSettings(settings.watchlist(), settings.deadlineMillis(), settings.maxChars(),
        settings.transliteration(), false);
    AnalyzeReport report = new AnalyzeReport();
    DocumentReader reader = new DocumentReader(maxBytes, settings.maxChars() * 2);
    try (DefaultStatementAnalyzer analyzer = Analyzers.create(settings)) {
      for (Path file : files()) {
        report.add(analyse(file, reader, analyzer));
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(
          report.toJson(duplicates ? new DuplicateAnnotator() : AnalyzeReport.CorpusAnnotator.NONE)));
    } else {
      out.print(report.toText());
    }
    out.flush();
    return report.hasErrors() ? 1 : 0;
  }

  private static AnalyzeReport.DocumentResult analyse(Path file, DocumentReader reader,
      DefaultStatementAnalyzer analyzer) {
    try {
      DocumentReader.Document doc = reader.read(file);
      Statement statement = new Statement(Statement.SCHEMA_VERSION, file.toString(), 1, false,
          file.toUri().toString(), null, doc.title(), List.of(), null, Instant.now(), doc.contentType(),
          doc.text(), null, null);
      Analysis analysis = analyzer.analyze(statement);
      return new AnalyzeReport.DocumentResult(file.toString(), doc.text(), analysis, null);
    } catch (IOException | RuntimeException e) {
      return new AnalyzeReport.DocumentResult(file.toString(), null, null, e.getMessage());
    }
  }

  private List<Path> files() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> walk = Files.walk(input)) {
          walk.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .sorted()
              .forEach(files::add);
        }
      } else {
        files.add(input);
      }
    }
    return files;
  }
}
