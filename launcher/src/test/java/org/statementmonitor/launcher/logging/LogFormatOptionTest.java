package org.statementmonitor.launcher.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LogFormatOptionTest {

  @AfterEach
  void forget() {
    System.clearProperty(LogFormatOption.PROPERTY);
  }

  @Test
  void shouldTakeTheOptionOutOfTheArgumentsWhereverItStandsAndSetTheLogbackProperty() {
    assertThat(LogFormatOption.apply(new String[] {"up", "--log-format", "json", "--config", "m.yml"}))
        .containsExactly("up", "--config", "m.yml");
    assertThat(System.getProperty(LogFormatOption.PROPERTY)).isEqualTo("json");

    assertThat(LogFormatOption.apply(new String[] {"--log-format=TEXT", "enrich"})).containsExactly("enrich");
    assertThat(System.getProperty(LogFormatOption.PROPERTY)).isEqualTo("text");
  }

  @Test
  void shouldLeaveTheArgumentsAndThePropertyAloneWithoutTheOptionOrAfterADoubleDash() {
    assertThat(LogFormatOption.apply(new String[] {"rules", "test", "--", "--log-format", "json"}))
        .containsExactly("rules", "test", "--", "--log-format", "json");
    assertThat(System.getProperty(LogFormatOption.PROPERTY)).isNull();
  }

  @Test
  void shouldRefuseAMissingOrUnknownFormatSayingWhatIsAccepted() {
    assertThatThrownBy(() -> LogFormatOption.apply(new String[] {"up", "--log-format", "xml"}))
        .hasMessageContaining("'xml' is not a log format; use text or json");
    assertThatThrownBy(() -> LogFormatOption.apply(new String[] {"up", "--log-format"}))
        .hasMessageContaining("needs a value");
    assertThat(System.getProperty(LogFormatOption.PROPERTY)).isNull();
  }
}
