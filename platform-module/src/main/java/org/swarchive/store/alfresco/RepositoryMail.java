package org.swarchive.store.alfresco;

import java.util.List;
import java.util.Optional;
import org.alfresco.core.model.Node;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Mail sent by the repository itself: its {@code mail} action, executed on a station folder with
 * {@code POST /action-executions} (asynchronously: 202 and the execution's id). The action takes
 * one body: {@code text}, when given, wins and goes out as plain text (unless it starts with
 * {@code <html}); {@code html} is used only without it. So the HTML body is sent as {@code html}
 * and no {@code text}: sending both would drop the HTML. Through the REST API the action runs only
 * for an administrator, or where {@code org.alfresco.repo.action.mail.v1.exposed=true} is set in
 * {@code alfresco-global.properties}; otherwise the repository answers 403.
 */
public final class RepositoryMail {

    static final String PATH = AlfrescoClient.CORE + "/action-executions";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AlfrescoClient client;

    public RepositoryMail(AlfrescoClient client) {
        this.client = client;
    }

    /** Asks the repository to mail this, on behalf of the station; answers the execution's id. */
    public String send(Node station, List<String> to, String subject, String html, Optional<String> from) {
        String label = "mail @ " + (station.getName() == null ? station.getId() : station.getName());
        Optional<String> answer = client.raw(new AlfrescoClient.Action(label, "Execute"), "POST", PATH, body(station.getId(), to, subject, html, from));
        if (answer.isEmpty()) {
            throw AlfrescoClient.changed(AlfrescoClient.Action.read(label));
        }
        try {
            return JSON.readTree(answer.get()).path("entry").path("id").asText("");
        } catch (JacksonException unreadable) {
            // The repository accepted the mail (2xx); only its receipt is unreadable.
            return "";
        }
    }

    static String body(String targetId, List<String> to, String subject, String html, Optional<String> from) {
        ObjectNode body = JSON.createObjectNode();
        body.put("actionDefinitionId", "mail");
        body.put("targetId", targetId);
        ObjectNode params = body.putObject("params");
        to.forEach(params.putArray("to_many")::add);
        params.put("subject", subject);
        params.put("html", html);
        from.filter(f -> !f.isBlank()).ifPresent(f -> params.put("from", f));
        return body.toString();
    }
}
