package org.statementmonitor.alerts.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.statementmonitor.alerts.query.QueryCompiler;
import org.statementmonitor.alerts.query.QuerySyntaxException;
import org.statementmonitor.common.json.Json;

/**
 * Reads rules from YAML: a list of rules, a mapping with a {@code rules:} list, or one rule mapping.
 * Each rule is validated on its own (keys, kind, throttle, spike parameters, and the query compiled
 * with {@link QueryCompiler}); a bad rule becomes a {@link RuleProblem} and never stops the others.
 */
public final class RuleParser {

  private static final ObjectMapper YAML = Json.configure(new ObjectMapper(new YAMLFactory()));
  private static final Set<String> KEYS = Set.of("name", "query", "kind", "throttle", "channels",
      "digest", "spike", "description");
  private static final Set<String> SPIKE_KEYS = Set.of("window", "threshold", "multiple", "baseline", "minimum");

  private final QueryCompiler compiler;

  public RuleParser(QueryCompiler compiler) {
    this.compiler = compiler;
  }

  /** Parses the YAML text of one file; {@code origin} names it in problems and rules. */
  public RuleParse parse(String yaml, String origin) {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (IOException e) {
      return new RuleParse(List.of(), List.of(RuleProblem.of(origin, "*", "not valid YAML: "
          + e.getMessage().lines().findFirst().orElse(""))));
    }
    List<Rule> rules = new ArrayList<>();
    List<RuleProblem> problems = new ArrayList<>();
    Set<String> names = new HashSet<>();
    List<JsonNode> nodes = ruleNodes(root);
    if (nodes == null) {
      return new RuleParse(List.of(), List.of(RuleProblem.of(origin, "*",
          "expected a list of rules, a mapping with 'rules:', or one rule mapping")));
    }
    for (int i = 0; i < nodes.size(); i++) {
      JsonNode node = nodes.get(i);
      String label = node.path("name").isTextual() ? node.get("name").asText() : "#" + (i + 1);
      try {
        Rule rule = toRule(node, origin);
        if (!names.add(rule.name())) {
          problems.add(RuleProblem.of(origin, label, "another rule in this file has the same name"));
          continue;
        }
        compiler.compile(rule.query());
        rules.add(rule);
      } catch (QuerySyntaxException e) {
        problems.add(new RuleProblem(origin, label, e.getMessage(), e.line(), e.column()));
      } catch (IllegalArgumentException e) {
        problems.add(RuleProblem.of(origin, label, e.getMessage()));
      }
    }
    return new RuleParse(rules, problems);
  }

  private static List<JsonNode> ruleNodes(JsonNode root) {
    if (root == null || root.isMissingNode() || root.isNull()) {
      return List.of();
    }
    JsonNode list = root.isObject() && root.has("rules") ? root.get("rules") : root;
    if (list.isArray()) {
      List<JsonNode> out = new ArrayList<>();
      list.forEach(out::add);
      return out;
    }
    if (list.isObject() && list.has("name")) {
      return List.of(list);
    }
    return list.isNull() ? List.of() : null;
  }

  private static Rule toRule(JsonNode node, String origin) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("a rule must be a mapping with name and query");
    }
    unknownKeys(node, KEYS, "");
    Throttle throttle = node.hasNonNull("throttle") ? Throttle.parse(node.get("throttle").asText()) : null;
    RuleKind kind = node.hasNonNull("kind") ? RuleKind.parse(node.get("kind").asText()) : RuleKind.MATCH;
    Digest digest = node.hasNonNull("digest") ? Digest.parse(node.get("digest").asText()) : null;
    Spike spike = node.hasNonNull("spike") ? toSpike(node.get("spike")) : null;
    return new Rule(text(node, "name"), text(node, "query"), kind, throttle, channels(node.get("channels")),
        digest, spike, origin);
  }

  private static Spike toSpike(JsonNode node) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("spike must be a mapping (window, threshold, multiple, baseline)");
    }
    unknownKeys(node, SPIKE_KEYS, "spike.");
    return new Spike(
        node.hasNonNull("window") ? Durations.parse(node.get("window").asText()) : null,
        node.hasNonNull("threshold") ? integer(node.get("threshold"), "spike.threshold") : null,
        node.hasNonNull("multiple") ? number(node.get("multiple"), "spike.multiple") : null,
        node.hasNonNull("baseline") ? Durations.parse(node.get("baseline").asText()) : null,
        node.hasNonNull("minimum") ? integer(node.get("minimum"), "spike.minimum") : 0);
  }

  private static void unknownKeys(JsonNode node, Set<String> allowed, String prefix) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String key = names.next();
      if (!allowed.contains(key)) {
        throw new IllegalArgumentException("unknown key '" + prefix + key + "'; allowed: "
            + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
  }

  private static String text(JsonNode node, String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException(key + " is required");
    }
    if (!value.isValueNode()) {
      throw new IllegalArgumentException(key + " must be text");
    }
    return value.asText();
  }

  private static List<String> channels(JsonNode node) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (node.isTextual()) {
      return List.of(node.asText());
    }
    if (!node.isArray()) {
      throw new IllegalArgumentException("channels must be a list of channel names");
    }
    List<String> out = new ArrayList<>();
    node.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static int integer(JsonNode node, String key) {
    if (!node.canConvertToInt() || !node.isIntegralNumber()) {
      throw new IllegalArgumentException(key + " must be a whole number, was " + node);
    }
    return node.asInt();
  }

  private static double number(JsonNode node, String key) {
    if (!node.isNumber()) {
      throw new IllegalArgumentException(key + " must be a number, was " + node);
    }
    return node.asDouble();
  }
}
