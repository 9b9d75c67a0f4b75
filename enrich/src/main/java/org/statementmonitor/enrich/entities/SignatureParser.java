package org.statementmonitor.enrich.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads signatory lists and signature blocks line by line: "Aziz Alakbarli – Chairman of the
 * Western Azerbaijan Community", "3. Dr. Leyla Hasanova, Director, Centre for Peace Studies", and a
 * name on its own line followed by a role line. Each yields the person, the role and the
 * organisation with their offsets.
 */
public final class SignatureParser {

  /** One signature: offsets of the name and of the organisation (-1 when none). */
  public record Signature(int nameStart, int nameEnd, String name, String role, int orgStart, int orgEnd,
      String organization) {}

  private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
  private static final Pattern LIST_LINE = Pattern.compile(
      "^[ \\t]*(?:\\d{1,3}[.)][ \\t]*|[-•*▪][ \\t]+)?(?:(?:Dr|Prof|Mr|Mrs|Ms|H\\.E)\\.?[ \\t]+)*"
          + "(" + NAME_WORD + "(?:[ \\t]+" + NAME_WORD + "){1,3})[ \\t]*(?:[–—]|-|,)[ \\t]*(.+?)[ \\t]*$",
      Pattern.MULTILINE);
  private static final Pattern NAME_LINE = Pattern.compile(
      "^[ \\t]*(?:(?:Dr|Prof|Mr|Mrs|Ms|H\\.E)\\.?[ \\t]+)*(" + NAME_WORD + "(?:[ \\t]+" + NAME_WORD
          + "){1,3})[ \\t]*\\r?\\n[ \\t]*(\\p{Lu}[^\\n]{2,120})$",
      Pattern.MULTILINE);
  private static final Pattern ROLE_SPLIT = Pattern.compile("^(.*?)(?:,\\s*|\\s+of\\s+(?:the\\s+)?|\\s+at\\s+(?:the\\s+)?)(\\p{Lu}.*)$");

  private static final int MAX_LINE = 160;

  private final Gazetteer gazetteer;

  /** A parser using the gazetteer's roles. */
  public SignatureParser(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Every signature in the text. */
  public List<Signature> parse(String text) {
    List<Signature> out = new ArrayList<>();
    Matcher m = LIST_LINE.matcher(text);
    while (m.find()) {
      addIfRole(text, m.start(1), m.end(1), m.start(2), m.end(2), out);
    }
    Matcher line = NAME_LINE.matcher(text);
    while (line.find()) {
      int nameStart = line.start(1);
      if (out.stream().noneMatch(s -> s.nameStart() == nameStart)) {
        addIfRole(text, nameStart, line.end(1), line.start(2), line.end(2), out);
      }
    }
    return out;
  }

  private void addIfRole(String text, int ns, int ne, int rs, int re, List<Signature> out) {
    if (re - ns > MAX_LINE) {
      return;
    }
    String name = text.substring(ns, ne);
    String rest = text.substring(rs, re).strip();
    if (!looksLikeName(name) || rest.isEmpty()) {
      return;
    }
    String firstWord = rest.split("[\\s,]+")[0];
    if (!gazetteer.isRoleWord(firstWord.replace(".", ""))) {
      return;
    }
    String role = rest;
    String org = null;
    int orgStart = -1;
    Matcher split = ROLE_SPLIT.matcher(rest);
    if (split.matches()) {
      role = split.group(1).strip();
      org = split.group(2).strip().replaceAll("[.;,(].*$", "").strip();
      orgStart = text.indexOf(org, rs);
    }
    if (org != null && org.isEmpty()) {
      org = null;
      orgStart = -1;
    }
    out.add(new Signature(ns, ne, name, role, orgStart, orgStart < 0 ? -1 : orgStart + org.length(),
        orgStart < 0 ? null : org));
  }

  private boolean looksLikeName(String name) {
    for (String w : name.split("\\s+")) {
      String bare = w.replace(".", "");
      if (gazetteer.isCommonWord(bare) || gazetteer.isRoleWord(bare) || NameHeads.headType(bare) != null) {
        return false;
      }
    }
    return true;
  }
}
