package org.statementmonitor.common.config;

import java.util.Properties;

/**
 * How services reach Kafka: the {@code kafka} section of the configuration.
 *
 * @param bootstrapServers host:port list
 * @param securityProtocol PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL
 * @param saslMechanism for example SCRAM-SHA-512, when SASL is used
 * @param username SASL user (use {@code ${env:..}} or {@code ${file:..}})
 * @param password SASL password (use {@code ${env:..}} or {@code ${file:..}}; never logged)
 * @param truststoreLocation PEM or JKS truststore for TLS, or null for the JVM's
 * @param truststorePassword its password, or null
 * @param partitions partitions of topics the services create
 * @param replicationFactor replication factor of topics the services create
 */
public record KafkaSettings(
    String bootstrapServers,
    String securityProtocol,
    String saslMechanism,
    String username,
    String password,
    String truststoreLocation,
    String truststorePassword,
    Integer partitions,
    Short replicationFactor) {

  /** Default bootstrap address of a local broker. */
  public static final String DEFAULT_BOOTSTRAP = "localhost:9092";

  public KafkaSettings {
    if (bootstrapServers == null || bootstrapServers.isBlank()) {
      bootstrapServers = DEFAULT_BOOTSTRAP;
    }
    if (securityProtocol == null || securityProtocol.isBlank()) {
      securityProtocol = "PLAINTEXT";
    }
    if (partitions == null) {
      partitions = 3;
    }
    if (partitions < 1) {
      throw new ConfigException("kafka.partitions must be >= 1, was " + partitions);
    }
    if (replicationFactor == null) {
      replicationFactor = 1;
    }
    if (replicationFactor < 1) {
      throw new ConfigException("kafka.replicationFactor must be >= 1, was " + replicationFactor);
    }
    if (securityProtocol.startsWith("SASL") && (saslMechanism == null || username == null || password == null)) {
      throw new ConfigException("kafka.securityProtocol " + securityProtocol
          + " needs kafka.saslMechanism, kafka.username and kafka.password");
    }
  }

  /** Settings for a plaintext broker at {@code bootstrap}. */
  public static KafkaSettings plaintext(String bootstrap) {
    return new KafkaSettings(bootstrap, null, null, null, null, null, null, null, null);
  }

  /** Client properties common to producers, consumers, admin clients and Kafka Streams. */
  public Properties clientProperties() {
    Properties p = new Properties();
    p.put("bootstrap.servers", bootstrapServers);
    p.put("security.protocol", securityProtocol);
    if (saslMechanism != null) {
      p.put("sasl.mechanism", saslMechanism);
      String module = saslMechanism.startsWith("SCRAM")
          ? "org.apache.kafka.common.security.scram.ScramLoginModule"
          : "org.apache.kafka.common.security.plain.PlainLoginModule";
      p.put("sasl.jaas.config", module + " required username=\"" + escape(username)
          + "\" password=\"" + escape(password) + "\";");
    }
    if (truststoreLocation != null) {
      p.put("ssl.truststore.location", truststoreLocation);
      if (truststoreLocation.endsWith(".pem")) {
        p.put("ssl.truststore.type", "PEM");
      }
      if (truststorePassword != null) {
        p.put("ssl.truststore.password", truststorePassword);
      }
    }
    return p;
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  @Override
  public String toString() {
    return "KafkaSettings[bootstrapServers=" + bootstrapServers + ", securityProtocol=" + securityProtocol
        + ", saslMechanism=" + saslMechanism + ", username=" + username + ", password=***]";
  }
}
