package org.statementmonitor.ingest.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.statementmonitor.common.config.ConfigException;
import org.statementmonitor.common.json.Json;

/**
 * The optional sources file: a YAML document with a {@code sources:} list in the same form as
 * {@code ingest.sources}. {@link #readIfChanged()} returns the new list when the file's modification
 * time or size changed since the last read, so the service can reload without a restart.
 */
public final class SourcesFile {

  private static final ObjectMapper YAML = Json.configure(new ObjectMapper(new YAMLFactory()));

  /** The file's shape. */
  public record Content(List<SourceConfig> sources) {
    public Content {
      sources = sources == null ? List.of() : List.copyOf(sources);
    }
  }

  private final Path file;
  private FileTime lastModified;
  private long lastSize = -1;

  public SourcesFile(Path file) {
    this.file = file;
  }

  /** The file. */
  public Path path() {
    return file;
  }

  /**
   * Reads the sources.
   *
   * @throws ConfigException naming the file and what is wrong
   */
  public List<SourceConfig> read() {
    try {
      if (!Files.exists(file)) {
        lastModified = null;
        lastSize = -1;
        return List.of();
      }
      lastModified = Files.getLastModifiedTime(file);
      lastSize = Files.size(file);
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length == 0) {
        return List.of();
      }
      Content content = YAML.readValue(bytes, Content.class);
      return content == null ? List.of() : content.sources();
    } catch (IOException | IllegalArgumentException e) {
      Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
      throw new ConfigException("sources file " + file + ": " + cause.getMessage(), e);
    }
  }

  /** The sources when the file changed since the last {@link #read()}, else null. */
  public List<SourceConfig> readIfChanged() {
    try {
      FileTime modified = Files.exists(file) ? Files.getLastModifiedTime(file) : null;
      long size = modified == null ? -1 : Files.size(file);
      if (java.util.Objects.equals(modified, lastModified) && size == lastSize) {
        return null;
      }
    } catch (IOException e) {
      throw new ConfigException("sources file " + file + " cannot be read: " + e.getMessage(), e);
    }
    return read();
  }
}
