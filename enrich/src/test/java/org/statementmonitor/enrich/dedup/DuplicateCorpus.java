package org.statementmonitor.enrich.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated test set: originals of several organisations (sharing boilerplate within each), their
 * republished copies, statements reusing one paragraph of an earlier one, and very short texts; in an
 * arrival order where every copy comes after its original. {@code truth} is the true cluster of
 * each document.
 */
record DuplicateCorpus(List<OfflineDuplicates.Document> documents, List<String> truth,
    List<String> reusers) {

  static DuplicateCorpus generate(long seed, int organisations, int statementsPerOrg) {
    StatementFixture fixture = new StatementFixture(seed);
    Random random = fixture.random();
    CopyGenerator copies = new CopyGenerator(random);
    List<String[]> originals = new ArrayList<>();
    List<OfflineDuplicates.Document> docs = new ArrayList<>();
    List<String> truth = new ArrayList<>();
    List<String> reusers = new ArrayList<>();
    List<String[]> pendingCopies = new ArrayList<>();
    int n = 0;
    for (int o = 0; o < organisations; o++) {
      StatementFixture.Organisation org = fixture.organisation("Organisation Number " + (o + 1)
          + " of " + fixture.pick(new String[] {"Displaced Citizens", "Western Communities",
            "Refugee Families", "Return and Heritage"}));
      for (int s = 0; s < statementsPerOrg; s++) {
        String id = "org" + o + "-statement" + s;
        String text = fixture.statement(org, 5 + random.nextInt(6));
        originals.add(new String[] {id, text});
        docs.add(new OfflineDuplicates.Document(id, text));
        truth.add(id);
        int copyCount = random.nextInt(4);
        for (int c = 0; c < copyCount; c++) {
          pendingCopies.add(new String[] {id + "-copy" + c, copies.copy(text), id});
        }
        // release some pending copies so copies and originals interleave
        while (!pendingCopies.isEmpty() && random.nextInt(3) > 0) {
          String[] copy = pendingCopies.remove(random.nextInt(pendingCopies.size()));
          docs.add(new OfflineDuplicates.Document(copy[0], copy[1]));
          truth.add(copy[2]);
        }
        if (random.nextInt(4) == 0 && originals.size() > 1) {
          String[] source = originals.get(random.nextInt(originals.size() - 1));
          String reuse = "reuse" + (n++);
          docs.add(new OfflineDuplicates.Document(reuse, talkingPoints(fixture, source[1])));
          truth.add(reuse);
          reusers.add(reuse);
        }
      }
    }
    for (String[] copy : pendingCopies) {
      docs.add(new OfflineDuplicates.Document(copy[0], copy[1]));
      truth.add(copy[2]);
    }
    for (String shortText : new String[] {"", "Thank you.", "Press release", "Thank you.",
        "  ", "Statement", "Press release"}) {
      String id = "short" + (n++);
      docs.add(new OfflineDuplicates.Document(id, shortText));
      truth.add(id);
    }
    return new DuplicateCorpus(docs, truth, reusers);
  }

  /** A new letter that reuses one prose paragraph of an earlier statement among its own. */
  private static String talkingPoints(StatementFixture fixture, String source) {
    String[] paragraphs = source.split("\\n\\s*\\n");
    String reused = paragraphs[4];
    for (int i = 4; i < paragraphs.length; i++) {
      if (paragraphs[i].length() > reused.length() && !paragraphs[i].contains("\u2013")) {
        reused = paragraphs[i];
        break;
      }
    }
    return "Open letter to the editors\n\n" + fixture.body(3) + reused + "\n\n" + fixture.body(3)
        + "Signed by the authors of this letter.";
  }
}
