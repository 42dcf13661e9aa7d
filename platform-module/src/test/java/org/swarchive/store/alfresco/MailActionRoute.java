package org.swarchive.store.alfresco;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The repository's {@code POST /action-executions} for the fake repository: remembers each action
 * it was asked to run and answers 202 with the execution's id, as the specs say — or, once told
 * to, a failure status (a 403 where the mail action is not exposed to the account).
 */
public final class MailActionRoute implements FakeRepository.Route {

    private final List<JsonNode> executions = new CopyOnWriteArrayList<>();
    private volatile int failWith;

    @Override
    public ResponseDefinition answer(String method, String path, Map<String, String> query, LoggedRequest request,
                                     FakeRepository repository) throws Exception {
        if (!method.equals("POST") || !path.equals(AlfrescoStub.CORE + "/action-executions")) {
            return null;
        }
        JsonNode body = FakeRepository.JSON.readTree(request.getBodyAsString());
        executions.add(body);
        if (failWith != 0) {
            return FakeRepository.ok(failWith, FakeRepository.errorBody(failWith));
        }
        if (repository.node(body.path("targetId").asText()) == null) {
            return FakeRepository.ok(404, FakeRepository.errorBody(404));
        }
        com.fasterxml.jackson.databind.node.ObjectNode entry = FakeRepository.JSON.createObjectNode();
        entry.putObject("entry").put("id", UUID.randomUUID().toString());
        return FakeRepository.ok(202, entry);
    }

    /** From now on, every execution is answered with this status (0: accepted again). */
    public MailActionRoute failWith(int status) {
        this.failWith = status;
        return this;
    }

    /** Every action the repository was asked to run, in order. */
    public List<JsonNode> executions() {
        return List.copyOf(executions);
    }
}
