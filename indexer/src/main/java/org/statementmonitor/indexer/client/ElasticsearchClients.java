package org.statementmonitor.indexer.client;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import java.io.IOException;
import java.net.URI;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.statementmonitor.common.config.ConfigException;
import org.statementmonitor.common.config.ElasticsearchSettings;
import org.statementmonitor.common.json.Json;

/**
 * Builds Elasticsearch clients from {@link ElasticsearchSettings}, and pings a cluster the way the
 * minimal distribution allows (cluster health; it has no {@code GET /}). The caller owns the client and
 * closes it with {@link #close(ElasticsearchClient)}, which closes the transport (else the JVM keeps
 * its I/O threads).
 */
public final class ElasticsearchClients {

  private ElasticsearchClients() {}

  /** A synchronous client; its transport is shared with {@link #async(ElasticsearchClient)}. */
  public static ElasticsearchClient create(ElasticsearchSettings settings) {
    return ElasticsearchClient.of(b -> {
      b.host(URI.create(settings.url())).jsonMapper(new JacksonJsonpMapper(Json.mapper()));
      if (settings.apiKey() != null) {
        b.apiKey(settings.apiKey());
      } else if (settings.username() != null) {
        b.usernameAndPassword(settings.username(), settings.password());
      }
      if (settings.caCertificate() != null) {
        b.sslContext(sslContext(Path.of(settings.caCertificate())));
      }
      return b;
    });
  }

  /** An asynchronous client over the same transport. */
  public static ElasticsearchAsyncClient async(ElasticsearchClient client) {
    return new ElasticsearchAsyncClient(client._transport());
  }

  /** The cluster health status, or an exception when the cluster cannot be reached. */
  public static HealthStatus ping(ElasticsearchClient client) throws IOException {
    return client.cluster().health(h -> h.timeout(t -> t.time("2s"))).status();
  }

  /** Closes the client's transport. */
  public static void close(ElasticsearchClient client) {
    if (client == null) {
      return;
    }
    try {
      ElasticsearchTransport transport = client._transport();
      transport.close();
    } catch (IOException e) {
      // closing on shutdown: nothing left to do with the error
    }
  }

  private static SSLContext sslContext(Path pem) {
    try (InputStream in = Files.newInputStream(pem)) {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int i = 0;
      for (var cert : factory.generateCertificates(in)) {
        store.setCertificateEntry("ca-" + i++, (X509Certificate) cert);
      }
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, tmf.getTrustManagers(), null);
      return context;
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new ConfigException("elasticsearch.caCertificate " + pem + " cannot be read as PEM: "
          + e.getMessage(), e);
    }
  }
}
