package org.swarchive.alert;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends alerts by SMTP through Spring Mail, configured from the environment or a config file only
 * ({@code SPRING_MAIL_HOST}, {@code SPRING_MAIL_USERNAME}, {@code SPRING_MAIL_PASSWORD}, …):
 * credentials never pass the command line. Each mail carries a plain-text and an HTML part.
 */
public final class SmtpChannel implements AlertChannel {

    private final JavaMailSender sender;
    private final String from;

    public SmtpChannel(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void deliver(AlertMail mail) throws DeliveryException {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                    StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.to().toArray(String[]::new));
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            sender.send(message);
        } catch (MessagingException | MailException e) {
            // The reason names the server's answer, never the configured credentials.
            throw new DeliveryException(reasonOf(e), e);
        }
    }

    private static String reasonOf(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String why = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return e.getClass().getSimpleName() + ": " + why.strip();
    }
}
