package org.statementmonitor.alerts.delivery;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;
import org.statementmonitor.common.event.Alert;

/**
 * Sends each alert as an email over SMTP (Angus Mail): a plain-text part and an HTML part with every
 * value escaped. A refused recipient address is permanent; anything else (server down, temporary
 * refusal, timeout) is retried.
 */
public final class EmailChannel implements Channel {

  private final String name;
  private final ChannelSettings settings;
  private final Session session;

  public EmailChannel(String name, ChannelSettings settings, Duration timeout) {
    this.name = name;
    this.settings = settings;
    Properties props = new Properties();
    props.put("mail.smtp.host", settings.host());
    props.put("mail.smtp.port", String.valueOf(settings.port()));
    props.put("mail.smtp.connectiontimeout", String.valueOf(timeout.toMillis()));
    props.put("mail.smtp.timeout", String.valueOf(timeout.toMillis()));
    props.put("mail.smtp.writetimeout", String.valueOf(timeout.toMillis()));
    props.put("mail.smtp.auth", String.valueOf(settings.username() != null));
    if (settings.startTls()) {
      props.put("mail.smtp.starttls.enable", "true");
      props.put("mail.smtp.starttls.required", "true");
    }
    Authenticator auth = settings.username() == null ? null : new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return new PasswordAuthentication(settings.username(), settings.password());
      }
    };
    this.session = Session.getInstance(props, auth);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void deliver(Alert alert) throws DeliveryException {
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(settings.from(), true));
      for (String to : settings.to()) {
        message.addRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
      }
      message.setSubject(AlertText.subject(alert), StandardCharsets.UTF_8.name());
      message.setSentDate(new Date());
      message.setHeader("X-Monitor-Alert-Id", alert.id().replaceAll("[\\r\\n]", ""));
      MimeBodyPart text = new MimeBodyPart();
      text.setText(AlertText.plain(alert), StandardCharsets.UTF_8.name(), "plain");
      MimeBodyPart html = new MimeBodyPart();
      html.setText(AlertText.html(alert), StandardCharsets.UTF_8.name(), "html");
      message.setContent(new MimeMultipart("alternative", text, html));
      Transport.send(message);
    } catch (SendFailedException e) {
      boolean badAddress = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0
          && (e.getValidSentAddresses() == null || e.getValidSentAddresses().length == 0)
          && (e.getValidUnsentAddresses() == null || e.getValidUnsentAddresses().length == 0);
      throw new DeliveryException("email " + name + " refused: " + e.getMessage(), !badAddress, e);
    } catch (MessagingException e) {
      throw new DeliveryException("email " + name + " failed: " + e.getMessage(), true, e);
    }
  }
}
