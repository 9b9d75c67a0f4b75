package org.statementmonitor.common.event;

import java.util.List;

/**
 * Statement-level facts: lead (first sentences), word count, kind where the text says it (appeal,
 * letter, press_release, article, report, statement) and the signatories when listed.
 */
public record Facts(String lead, int wordCount, String kind, List<Signatory> signatories) {
  public Facts {
    signatories = signatories == null ? List.of() : List.copyOf(signatories);
  }

  /** One signatory: a person, their role and organisation as written in the signature list. */
  public record Signatory(String name, String role, String organization) {}
}
