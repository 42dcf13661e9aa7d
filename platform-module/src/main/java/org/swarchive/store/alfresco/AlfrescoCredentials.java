package org.swarchive.store.alfresco;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Text;
import org.swarchive.store.StoreException;

/**
 * Who the store acts as in Alfresco: a user and password (basic auth) or a bearer token. Read
 * only from the environment or from a config file named by it, never from the command line, so
 * a secret never shows in a shell history or a process list. {@link #toString()} never shows it.
 */
public final class AlfrescoCredentials {

    public static final String USER = "SWA_ALFRESCO_USER";
    public static final String PASSWORD = "SWA_ALFRESCO_PASSWORD";
    public static final String TOKEN = "SWA_ALFRESCO_TOKEN";
    public static final String CONFIG = "SWA_ALFRESCO_CONFIG";

    private final String user;
    private final String secret;
    private final boolean bearer;
    private final boolean ticket;

    private AlfrescoCredentials(String user, String secret, boolean bearer) {
        this(user, secret, bearer, false);
    }

    private AlfrescoCredentials(String user, String secret, boolean bearer, boolean ticket) {
        this.user = user;
        this.secret = secret;
        this.bearer = bearer;
        this.ticket = ticket;
    }

    /**
     * A signed-in person's ticket ({@code POST /tickets}): the repository takes it as HTTP Basic
     * with the ticket alone, so every request is made as that person and Alfresco's permissions decide.
     */
    public static AlfrescoCredentials ticket(String userId, String ticket) {
        return new AlfrescoCredentials(userId, ticket, false, true);
    }

    public static AlfrescoCredentials basic(String user, String password) {
        return new AlfrescoCredentials(user, password, false);
    }

    public static AlfrescoCredentials bearer(String token) {
        return new AlfrescoCredentials(null, token, true);
    }

    /**
     * From {@code SWA_ALFRESCO_TOKEN}, or {@code SWA_ALFRESCO_USER}/{@code SWA_ALFRESCO_PASSWORD},
     * or the file named by {@code SWA_ALFRESCO_CONFIG} (properties {@code user}, {@code password}
     * or {@code token}); the environment wins over the file.
     */
    public static AlfrescoCredentials fromEnvironment(Map<String, String> env) {
        Properties file = new Properties();
        String config = env.get(CONFIG);
        if (config != null && !config.isBlank()) {
            try (Reader in = Files.newBufferedReader(Path.of(config), StandardCharsets.UTF_8)) {
                file.load(in);
            } catch (IOException e) {
                // The path is safe to show; the file's content is not read into the message.
                throw new StoreException(AlfrescoClient.reason(Message.of("alfresco.credentials.file-unreadable", config)), null);
            }
        }
        String token = first(env.get(TOKEN), file.getProperty("token"));
        if (token != null) {
            return bearer(token);
        }
        String user = first(env.get(USER), file.getProperty("user"));
        String password = first(env.get(PASSWORD), file.getProperty("password"));
        if (user != null && password != null) {
            return basic(user, password);
        }
        throw new StoreException(AlfrescoClient.reason(Message.of("alfresco.credentials.missing", USER, PASSWORD, TOKEN, CONFIG)),
                null);
    }

    private static String first(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b.trim() : null;
    }

    /** The value of the {@code Authorization} header. */
    String authorization() {
        if (bearer) {
            return "Bearer " + secret;
        }
        if (ticket) {
            return "Basic " + Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8));
        }
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** Who, for messages in the reader's language: the user name, or "token". */
    public Text who() {
        return bearer ? Message.of("alfresco.credentials.token") : language -> user;
    }

    @Override
    public String toString() {
        return bearer ? "AlfrescoCredentials[bearer ****]" : ticket ? "AlfrescoCredentials[" + user + ", ticket ****]"
                : "AlfrescoCredentials[" + user + ", ****]";
    }
}
