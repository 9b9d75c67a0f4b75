package org.statementmonitor.indexer.bulk;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

/**
 * The one place that decides whether an Elasticsearch failure is worth retrying: by the HTTP status of
 * a bulk item or a whole request, and for exceptions by walking the cause chain.
 */
public final class ErrorClassifier {

  private ErrorClassifier() {}

  /** Classifies the status of one bulk item that failed. */
  public static Failure ofItemStatus(int status) {
    if (status == 429 || status == 503 || status == 502 || status == 504) {
      return Failure.RETRY_FOREVER;
    }
    if (status >= 500) {
      return Failure.RETRY_LIMITED;
    }
    return Failure.PERMANENT;
  }

  /**
   * Classifies a whole bulk request that failed. Connection errors, timeouts and 429/5xx answers are
   * retried for ever; a 4xx answer to the request itself (a request too large for the node, say) is
   * retried with a limit, since the documents in it may be fine in a smaller request.
   */
  public static Failure ofRequest(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof ElasticsearchException es) {
        return es.status() >= 500 || es.status() == 429 ? Failure.RETRY_FOREVER : Failure.RETRY_LIMITED;
      }
      if (t instanceof TransportException te) {
        Integer status = statusOf(te);
        if (status != null && status < 500 && status != 429 && status != 408) {
          return Failure.RETRY_LIMITED;
        }
        if (status != null) {
          return Failure.RETRY_FOREVER;
        }
      }
      if (t instanceof ConnectException || t instanceof TimeoutException || t instanceof IOException) {
        return Failure.RETRY_FOREVER;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Failure.RETRY_FOREVER;
  }

  private static Integer statusOf(TransportException te) {
    return te.response() == null || te.statusCode() <= 0 ? null : te.statusCode();
  }
}
