package org.statementmonitor.alerts.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.alerts.rules.Rule;
import org.statementmonitor.alerts.rules.RuleBook;
import org.statementmonitor.alerts.rules.RuleParse;
import org.statementmonitor.alerts.rules.RuleParser;
import org.statementmonitor.alerts.rules.RuleProblem;
import org.statementmonitor.alerts.rules.RuleSet;
import org.statementmonitor.common.json.Json;

/**
 * The rules HTTP API under {@value #PATH}: list ({@code GET /rules}), read ({@code GET /rules/NAME}),
 * create or replace ({@code PUT /rules/NAME}, one rule in YAML or JSON) and delete ({@code DELETE
 * /rules/NAME}). Every call needs the API key in {@code X-Api-Key} (or {@code Authorization: Bearer});
 * without a configured key the API is off. Rules written here are files {@code NAME.yml} in the rules
 * directory, so the files stay the one source of truth and the watcher's reload applies them.
 */
public final class RulesApi implements HttpHandler {

  private static final Logger LOG = LoggerFactory.getLogger(RulesApi.class);
  public static final String PATH = "/rules";

  private final byte[] key;
  private final int maxBodyBytes;
  private final Path rulesPath;
  private final RuleParser parser;
  private final RuleBook book;
  private final Supplier<RuleSet> reload;

  /**
   * @param key the API key, or null to turn the API off
   * @param reload reads the rules files again and returns the rules in force
   */
  public RulesApi(String key, int maxBodyBytes, Path rulesPath, RuleParser parser, RuleBook book,
      Supplier<RuleSet> reload) {
    this.key = key == null ? null : key.getBytes(StandardCharsets.UTF_8);
    this.maxBodyBytes = maxBodyBytes;
    this.rulesPath = rulesPath;
    this.parser = parser;
    this.book = book;
    this.reload = reload;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (key == null) {
        respond(exchange, 404, Map.of("error", "the rules API is off: set alerts.api.key to turn it on"));
        return;
      }
      if (!authorized(exchange)) {
        respond(exchange, 401, Map.of("error", "missing or wrong API key (send it as X-Api-Key)"));
        return;
      }
      String path = exchange.getRequestURI().getPath();
      String name = path.length() > PATH.length() + 1 ? path.substring(PATH.length() + 1) : null;
      if (name != null && !name.matches("[A-Za-z0-9_.-]{1,100}")) {
        respond(exchange, 400, Map.of("error", "rule names are 1-100 letters, digits, '.', '_' or '-'"));
        return;
      }
      switch (exchange.getRequestMethod()) {
        case "GET" -> get(exchange, name);
        case "PUT" -> put(exchange, name);
        case "DELETE" -> delete(exchange, name);
        default -> respond(exchange, 405, Map.of("error", "use GET, PUT or DELETE"));
      }
    } catch (RuntimeException e) {
      LOG.error("rules API request failed", e);
      respond(exchange, 500, Map.of("error", "internal error: " + e.getClass().getSimpleName()));
    }
  }

  private boolean authorized(HttpExchange exchange) {
    String given = exchange.getRequestHeaders().getFirst("X-Api-Key");
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    if (given == null && auth != null && auth.startsWith("Bearer ")) {
      given = auth.substring("Bearer ".length()).trim();
    }
    return given != null && MessageDigest.isEqual(key, given.getBytes(StandardCharsets.UTF_8));
  }

  private void get(HttpExchange exchange, String name) throws IOException {
    RuleSet set = book.current();
    if (name == null) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("rules", set.rules().values().stream().sorted(java.util.Comparator.comparing(Rule::name))
          .map(r -> view(r, set)).toList());
      body.put("refused", set.refused());
      respond(exchange, 200, body);
      return;
    }
    Rule rule = set.rule(name);
    if (rule == null) {
      List<RuleProblem> refused = set.refused().stream().filter(p -> p.rule().equals(name)).toList();
      respond(exchange, 404, refused.isEmpty() ? Map.of("error", "no rule " + name) : Map.of("error",
          "rule " + name + " is refused", "refused", refused));
      return;
    }
    respond(exchange, 200, view(rule, set));
  }

  private void put(HttpExchange exchange, String name) throws IOException {
    if (name == null) {
      respond(exchange, 400, Map.of("error", "PUT /rules/NAME with one rule as YAML or JSON"));
      return;
    }
    Path dir = writableDirectory();
    if (dir == null) {
      respond(exchange, 409, Map.of("error", "rules come from the single file " + rulesPath + "; the API needs a rules directory"));
      return;
    }
    byte[] body = readBounded(exchange.getRequestBody());
    if (body == null) {
      respond(exchange, 413, Map.of("error", "request body larger than " + maxBodyBytes + " bytes"));
      return;
    }
    String text = new String(body, StandardCharsets.UTF_8);
    RuleParse parse = parser.parse(withName(text, name), "api");
    if (!parse.problems().isEmpty() || parse.rules().size() != 1) {
      RuleProblem problem = parse.problems().isEmpty()
          ? RuleProblem.of("api", name, "send exactly one rule") : parse.problems().getFirst();
      respond(exchange, 400, problem);
      return;
    }
    Rule rule = parse.rules().getFirst();
    if (!rule.name().equals(name)) {
      respond(exchange, 400, Map.of("error", "the rule's name '" + rule.name() + "' differs from the path"));
      return;
    }
    Path file = dir.resolve(name + ".yml");
    Rule existing = book.current().rule(name);
    if (existing != null && !Path.of(existing.origin()).toAbsolutePath().equals(file.toAbsolutePath())) {
      respond(exchange, 409, Map.of("error", "rule " + name + " is defined in " + existing.origin() + "; edit that file"));
      return;
    }
    boolean created = !Files.exists(file);
    Path temp = dir.resolve("." + name + ".yml.tmp");
    Files.writeString(temp, Json.toString(List.of(definition(rule))), StandardCharsets.UTF_8);
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    RuleSet set = reload.get();
    LOG.info("rule {} {} through the API", name, created ? "created" : "replaced");
    Rule now = set.rule(name);
    respond(exchange, created ? 201 : 200, now == null ? Map.of("error", "rule written but not loaded", "refused",
        set.refused()) : view(now, set));
  }

  private void delete(HttpExchange exchange, String name) throws IOException {
    Path dir = writableDirectory();
    Rule rule = name == null ? null : book.current().rule(name);
    Path file = dir == null || name == null ? null : dir.resolve(name + ".yml");
    if (file != null && Files.exists(file)) {
      Files.delete(file);
      reload.get();
      LOG.info("rule {} deleted through the API", name);
      exchange.sendResponseHeaders(204, -1);
      return;
    }
    if (rule != null) {
      respond(exchange, 409, Map.of("error", "rule " + name + " is defined in " + rule.origin() + "; edit that file"));
    } else {
      respond(exchange, 404, Map.of("error", "no rule " + name));
    }
  }

  private Path writableDirectory() throws IOException {
    if (Files.exists(rulesPath) && !Files.isDirectory(rulesPath)) {
      return null;
    }
    Files.createDirectories(rulesPath);
    return rulesPath;
  }

  /** A body with no name gets the one from the path (a mapping in YAML or JSON). */
  private static String withName(String text, String name) {
    String trimmed = text.strip();
    if (trimmed.startsWith("{") && !trimmed.contains("\"name\"")) {
      return "{\"name\":\"" + name + "\"," + trimmed.substring(1);
    }
    if (!trimmed.startsWith("{") && !trimmed.startsWith("-") && !trimmed.matches("(?s)(^|.*\\n)name\\s*:.*")) {
      return "name: " + name + "\n" + text;
    }
    return text;
  }

  private byte[] readBounded(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(maxBodyBytes + 1);
    return bytes.length > maxBodyBytes ? null : bytes;
  }

  private static Map<String, Object> view(Rule rule, RuleSet set) {
    Map<String, Object> v = definition(rule);
    v.put("origin", rule.origin());
    v.put("broad", set.broad().contains(rule.name()));
    return v;
  }

  private static Map<String, Object> definition(Rule rule) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("name", rule.name());
    v.put("query", rule.query());
    v.put("kind", rule.kind().yamlName());
    if (rule.throttle() != null) {
      v.put("throttle", rule.throttle().toString());
    }
    if (!rule.channels().isEmpty()) {
      v.put("channels", rule.channels());
    }
    if (rule.digest() != null) {
      v.put("digest", rule.digest().yamlName());
    }
    if (rule.spike() != null) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("window", org.statementmonitor.alerts.rules.Durations.format(rule.spike().window()));
      if (rule.spike().threshold() != null) {
        s.put("threshold", rule.spike().threshold());
      }
      if (rule.spike().multiple() != null) {
        s.put("multiple", rule.spike().multiple());
      }
      s.put("baseline", org.statementmonitor.alerts.rules.Durations.format(rule.spike().baseline()));
      s.put("minimum", rule.spike().minimum());
      v.put("spike", s);
    }
    return v;
  }

  private static void respond(HttpExchange exchange, int code, Object body) throws IOException {
    byte[] bytes = Json.toBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(code, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
