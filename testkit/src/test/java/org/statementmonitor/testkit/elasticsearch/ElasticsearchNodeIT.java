package org.statementmonitor.testkit.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ElasticsearchExtension.class)
class ElasticsearchNodeIT {

  @Test
  void shouldIndexAndFindStatements(ElasticsearchNode es) {
    ElasticsearchHttp http = es.http();
    String index = "statements-search-check";
    http.deleteIndices(index);

    http.index(index, "st-1", Map.of("title", "Open letter on press freedom", "organisation", "Media Rights Watch"));
    http.index(index, "st-2", Map.of("title", "Appeal for the release of a blogger", "organisation", "Baku Voices"));

    assertThat(http.count(index)).isEqualTo(2);
    assertThat(http.count(index, "{\"match\":{\"title\":\"blogger\"}}")).isEqualTo(1);
    assertThat(http.search(index, "{\"query\":{\"match\":{\"organisation\":\"rights\"}}}")
        .path("hits").path("hits").get(0).path("_id").asText()).isEqualTo("st-1");
    assertThat(http.document(index, "st-2")).get()
        .extracting(doc -> doc.path("organisation").asText()).isEqualTo("Baku Voices");
    assertThat(http.document(index, "missing")).isEmpty();
  }

  @Test
  void shouldKeepDocumentsWhenTheNodeIsStoppedAndStartedAgain(ElasticsearchNode es) {
    String index = "statements-outage-check";
    es.http().deleteIndices(index);
    es.http().index(index, "st-9", Map.of("title", "Statement before the outage"));
    String url = es.url();

    es.stop();
    assertThat(es.isRunning()).isFalse();
    es.start();

    assertThat(es.url()).isEqualTo(url);
    es.http().refresh(index);
    assertThat(es.http().document(index, "st-9")).isPresent();
    es.http().index(index, "st-10", Map.of("title", "Statement after the outage"));
    assertThat(es.http().count(index)).isEqualTo(2);
  }

  @Test
  void shouldGiveServicesTheNodesUrl(ElasticsearchNode es) {
    assertThat(es.settings().url()).isEqualTo(es.url()).startsWith("http://127.0.0.1:");
    assertThat(es.http().send("GET", "/_cluster/health", null).json().path("number_of_nodes").asInt()).isEqualTo(1);
  }
}
