package org.statementmonitor.common.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.statementmonitor.common.json.Json;

/**
 * The monitor's configuration tree, read from YAML. Services bind their own section with {@link
 * #section(String, Class)}; a missing section binds to the record's defaults.
 *
 * <p>String values may reference {@code ${env:NAME}} (an environment variable) or {@code
 * ${file:/path}} (a file's trimmed content, for mounted secrets).
 */
public final class MonitorConfig {

  private static final ObjectMapper YAML = Json.configure(new ObjectMapper(new YAMLFactory()));
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{(env|file):([^}]+)}");

  private final ObjectNode root;
  private final String origin;

  private MonitorConfig(ObjectNode root, String origin) {
    this.root = root;
    this.origin = origin;
  }

  /** An empty configuration: every section takes its defaults. */
  public static MonitorConfig empty() {
    return new MonitorConfig(JsonNodeFactory.instance.objectNode(), "defaults");
  }

  /** Reads a YAML file, resolving references with the process environment. */
  public static MonitorConfig load(Path file) {
    return load(file, System::getenv);
  }

  /** Reads a YAML file, resolving {@code ${env:..}} with the given lookup. */
  public static MonitorConfig load(Path file, Function<String, String> env) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString(), env);
    } catch (IOException e) {
      throw new ConfigException("cannot read configuration file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses YAML text; {@code origin} names it in error messages. */
  public static MonitorConfig parse(String yaml, String origin, Function<String, String> env) {
    JsonNode tree;
    try {
      tree = YAML.readTree(yaml);
    } catch (IOException e) {
      throw new ConfigException("configuration " + origin + " is not valid YAML: " + e.getMessage(), e);
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      return new MonitorConfig(JsonNodeFactory.instance.objectNode(), origin);
    }
    if (!tree.isObject()) {
      throw new ConfigException("configuration " + origin + " must be a YAML mapping at the top level");
    }
    resolve(tree, env, origin);
    return new MonitorConfig((ObjectNode) tree, origin);
  }

  /** Binds a top-level section to a record type; a missing section binds to an empty object. */
  public <T> T section(String name, Class<T> type) {
    JsonNode node = root.get(name);
    try {
      return YAML.treeToValue(node == null || node.isNull() ? JsonNodeFactory.instance.objectNode() : node, type);
    } catch (IOException | IllegalArgumentException e) {
      Throwable cause = e.getCause() != null && e instanceof IOException ? e.getCause() : e;
      String why = cause instanceof IllegalArgumentException ? cause.getMessage() : e.getMessage();
      throw new ConfigException("configuration " + origin + ", section '" + name + "': " + why, e);
    }
  }

  /** The raw tree of a section, or a missing node. */
  public JsonNode raw(String name) {
    return root.path(name);
  }

  /** A copy of this configuration with a section replaced (command-line overrides). */
  public MonitorConfig with(String name, Object value) {
    ObjectNode copy = root.deepCopy();
    copy.set(name, YAML.valueToTree(value));
    return new MonitorConfig(copy, origin);
  }

  /** Where this configuration came from, for messages. */
  public String origin() {
    return origin;
  }

  private static void resolve(JsonNode node, Function<String, String> env, String origin) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (field.getValue().isTextual()) {
          field.setValue(TextNode.valueOf(substitute(field.getValue().asText(), env, origin)));
        } else {
          resolve(field.getValue(), env, origin);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode item = node.get(i);
        if (item.isTextual()) {
          ((com.fasterxml.jackson.databind.node.ArrayNode) node)
              .set(i, TextNode.valueOf(substitute(item.asText(), env, origin)));
        } else {
          resolve(item, env, origin);
        }
      }
    }
  }

  static String substitute(String value, Function<String, String> env, String origin) {
    Matcher m = REFERENCE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String kind = m.group(1);
      String name = m.group(2).trim();
      String resolved;
      if (kind.equals("env")) {
        resolved = env.apply(name);
        if (resolved == null) {
          throw new ConfigException("configuration " + origin + " refers to environment variable "
              + name + ", which is not set");
        }
      } else {
        try {
          resolved = Files.readString(Path.of(name), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
          throw new ConfigException("configuration " + origin + " refers to file " + name
              + ", which cannot be read: " + e.getMessage(), e);
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(resolved));
    }
    m.appendTail(out);
    return out.toString();
  }
}
