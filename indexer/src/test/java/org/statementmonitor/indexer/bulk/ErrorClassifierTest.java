package org.statementmonitor.indexer.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class ErrorClassifierTest {

  @Test
  void shouldRetryBusyOrUnavailableItemsForever() {
    assertThat(ErrorClassifier.ofItemStatus(429)).isEqualTo(Failure.RETRY_FOREVER);
    assertThat(ErrorClassifier.ofItemStatus(503)).isEqualTo(Failure.RETRY_FOREVER);
  }

  @Test
  void shouldRetryOtherServerErrorsWithLimit() {
    assertThat(ErrorClassifier.ofItemStatus(500)).isEqualTo(Failure.RETRY_LIMITED);
  }

  @Test
  void shouldDeadLetterMappingErrors() {
    assertThat(ErrorClassifier.ofItemStatus(400)).isEqualTo(Failure.PERMANENT);
    assertThat(ErrorClassifier.ofItemStatus(409)).isEqualTo(Failure.PERMANENT);
  }

  @Test
  void shouldRetryConnectionErrorsFoundDeepInCauseChain() {
    Throwable wrapped = new CompletionException(new IOException("request failed",
        new ConnectException("Connection refused")));

    assertThat(ErrorClassifier.ofRequest(wrapped)).isEqualTo(Failure.RETRY_FOREVER);
  }
}
