package org.statementmonitor.enrich.entities;

import java.util.List;
import org.statementmonitor.common.event.EntityType;

/**
 * Organisation names on their own line in Han or Cyrillic script, as letterheads print them above
 * an English text: "中国国际问题研究院" (a Han name ending in an institutional suffix), "Община
 * Западного Азербайджана" (a Cyrillic line with an organisation head word).
 */
final class ScriptLetterheads {

  private static final int MAX_LINE = 80;
  private static final String[] HAN_SUFFIXES = {
      "研究院", "研究所", "研究中心", "委员会", "基金会", "办公室", "中心", "大学", "学院", "协会", "组织", "联盟",
      "集团", "公司", "学会", "政府", "社区", "同盟", "议会", "外交部", "部", "局", "院", "会", "所", "社"};

  private ScriptLetterheads() {}

  static void find(String text, List<Mention> out) {
    int start = 0;
    int n = text.length();
    while (start < n) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? n : end;
      if (end - start <= MAX_LINE) {
        checkLine(text, start, end, out);
      }
      start = end + 1;
    }
  }

  private static void checkLine(String text, int start, int end, List<Mention> out) {
    int a = start;
    int b = end;
    while (a < b && !Character.isLetter(text.charAt(a))) {
      a++;
    }
    while (b > a && !Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    if (b - a < 2) {
      return;
    }
    int han = 0;
    int cyrillic = 0;
    int letters = 0;
    for (int i = a; i < b; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        if (s == Character.UnicodeScript.HAN) {
          han++;
        } else if (s == Character.UnicodeScript.CYRILLIC) {
          cyrillic++;
        }
      }
    }
    String line = text.substring(a, b);
    if (han * 10 >= letters * 9 && endsWithHanSuffix(line)) {
      out.add(Mention.of(EntityType.ORG, a, b, Priorities.GAZETTEER, null));
    } else if (cyrillic * 10 >= letters * 9 && Character.isUpperCase(line.charAt(0)) && hasHead(line)) {
      out.add(Mention.of(EntityType.ORG, a, b, Priorities.GAZETTEER, null));
    }
  }

  private static boolean endsWithHanSuffix(String line) {
    for (String suffix : HAN_SUFFIXES) {
      if (line.endsWith(suffix) && line.length() > suffix.length()) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasHead(String line) {
    for (String w : line.split("[\\s\"«»“”-]+")) {
      if (!w.isEmpty() && NameHeads.headType(w) == EntityType.ORG) {
        return true;
      }
    }
    return false;
  }
}
