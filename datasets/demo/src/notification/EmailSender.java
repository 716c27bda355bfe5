package notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

/**
 * Thin wrapper around the SMTP relay of the council's mail server.
 *
 * <p>Messages that still fail after the retries are kept in a dead-letter list
 * that the operations dashboard shows; we never throw to the caller, because a
 * mail outage must not stop the desk from checking items in.
 */
public class EmailSender {

    private static final Logger LOG = Logger.getLogger(EmailSender.class.getName());
    private static final int MAX_ATTEMPTS = 3;

    public record OutgoingMail(String to, String subject, String body) {
    }

    private final Session session;
    private final String fromAddress;
    private final List<OutgoingMail> deadLetters = new ArrayList<>();

    public EmailSender(String smtpHost, int smtpPort, String fromAddress) {
        Properties props = new Properties();
        props.put("mail.smtp.host", smtpHost);
        props.put("mail.smtp.port", Integer.toString(smtpPort));
        props.put("mail.smtp.starttls.enable", "true");
        this.session = Session.getInstance(props);
        this.fromAddress = fromAddress;
    }

    public boolean send(OutgoingMail mail) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress(fromAddress));
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
                message.setSubject(mail.subject(), "UTF-8");
                message.setText(mail.body(), "UTF-8");
                Transport.send(message);
                return true;
            } catch (MessagingException e) {
                LOG.log(Level.WARNING, "Mail to " + mail.to() + " failed, attempt " + attempt, e);
            }
        }
        synchronized (deadLetters) {
            deadLetters.add(mail);
        }
        return false;
    }

    public List<OutgoingMail> deadLetters() {
        synchronized (deadLetters) {
            return List.copyOf(deadLetters);
        }
    }
}
