package org.statementmonitor.common.config;

import java.net.URI;

/**
 * How services reach Elasticsearch: the {@code elasticsearch} section of the configuration.
 *
 * @param url base URL, for example http://localhost:9200
 * @param apiKey an encoded API key (use {@code ${env:..}}), or null
 * @param username basic-auth user, or null
 * @param password basic-auth password (never logged), or null
 * @param caCertificate PEM file of the CA that signed the node's certificate, for https, or null
 */
public record ElasticsearchSettings(
    String url, String apiKey, String username, String password, String caCertificate) {

  /** Default URL of a local node. */
  public static final String DEFAULT_URL = "http://localhost:9200";

  public ElasticsearchSettings {
    if (url == null || url.isBlank()) {
      url = DEFAULT_URL;
    }
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("elasticsearch.url is not a URL: " + url, e);
    }
    if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
        || uri.getHost() == null) {
      throw new ConfigException("elasticsearch.url must be http(s)://host:port, was " + url);
    }
    if ((username == null) != (password == null)) {
      throw new ConfigException("elasticsearch.username and elasticsearch.password go together");
    }
  }

  /** Settings for an unsecured node at {@code url}. */
  public static ElasticsearchSettings at(String url) {
    return new ElasticsearchSettings(url, null, null, null, null);
  }

  @Override
  public String toString() {
    return "ElasticsearchSettings[url=" + url + ", apiKey=" + (apiKey == null ? "none" : "***")
        + ", username=" + username + ", password=" + (password == null ? "none" : "***") + "]";
  }
}
