package org.statementmonitor.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A body subscriber that keeps at most {@code max} bytes: when the response is longer it cancels the
 * subscription (closing the connection) and completes with {@link #truncated} set, so a 10 GB body
 * costs {@code max} bytes of memory and no more network than that.
 */
final class CappedBody implements BodySubscriber<CappedBody.Result> {

  /** What was read; {@code truncated} when the body went past the cap. */
  record Result(byte[] bytes, boolean truncated) {}

  private final long max;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final CompletableFuture<Result> result = new CompletableFuture<>();
  private Flow.Subscription subscription;

  CappedBody(long max) {
    this.max = max;
  }

  @Override
  public CompletionStage<Result> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    this.subscription = s;
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer b : buffers) {
      int n = b.remaining();
      if (out.size() + (long) n > max) {
        int keep = (int) (max - out.size());
        byte[] part = new byte[keep];
        b.get(part);
        out.write(part, 0, keep);
        subscription.cancel();
        result.complete(new Result(out.toByteArray(), true));
        return;
      }
      byte[] chunk = new byte[n];
      b.get(chunk);
      out.write(chunk, 0, n);
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    result.complete(new Result(out.toByteArray(), false));
  }
}
