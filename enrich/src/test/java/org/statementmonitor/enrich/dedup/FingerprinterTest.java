package org.statementmonitor.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FingerprinterTest {

  @Test
  void shouldNotFingerprintTextsShorterThanAShingle() {
    assertThat(Fingerprinter.fingerprint("").clusterable()).isFalse();
    assertThat(Fingerprinter.fingerprint("Thank you very much.").clusterable()).isFalse();
    assertThat(Fingerprinter.fingerprint("   \n\n ").bandKeys()).isEmpty();
  }

  @Test
  void shouldGiveReWrappedAndReSpelledCopiesTheSameSketch() {
    String text = new StatementFixture(5).body(6);
    Fingerprint a = Fingerprinter.fingerprint(text);
    Fingerprint b = Fingerprinter.fingerprint(CopyGenerator.rewrap(CopyGenerator.respell(text), 50));
    assertThat(a.sketch().similarity(b.sketch())).isEqualTo(1.0);
    assertThat(a.bandKeys()).isEqualTo(b.bandKeys());
    assertThat(a.exactKey()).isNotEqualTo(b.exactKey());
  }

  @Test
  void shouldHandleHugeTextInBoundedTimeAndShingles() {
    StatementFixture fixture = new StatementFixture(6);
    StringBuilder huge = new StringBuilder();
    while (huge.length() < 3_000_000) {
      huge.append(fixture.body(20));
    }
    long started = System.nanoTime();
    Fingerprint fp = Fingerprinter.fingerprint(huge.toString());
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertThat(fp.sketch().size()).isLessThanOrEqualTo(Fingerprinter.MAX_SHINGLES);
    assertThat(fp.sentences().size()).isLessThanOrEqualTo(ContentSegmenter.MAX_SENTENCES);
    assertThat(took).isLessThan(Duration.ofSeconds(10));
  }
}
