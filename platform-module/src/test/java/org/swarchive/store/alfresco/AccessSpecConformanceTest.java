package org.swarchive.store.alfresco;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every request access and inspections send to Alfresco — permissions read and written, moves,
 * secondary children, searches, group members, people, the audit application and its entries —
 * and every answer the fake gives them, checked against Alfresco's OpenAPI specs.
 */
class AccessSpecConformanceTest {

    private static final Instant NOW = Instant.parse("2026-03-03T04:00:00Z");

    @TempDir
    Path tmp;

    private final AlfrescoSpecConformanceTest specs = new AlfrescoSpecConformanceTest();
    private AccessFixture fx;

    @BeforeEach
    void start() {
        specs.findSpecs();
        fx = new AccessFixture();
    }

    @AfterEach
    void stop() {
        if (fx != null) {
            fx.close();
        }
        specs.stop();
    }

    private void ok(AccessFixture.Run r) {
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void should_send_and_be_answered_only_what_the_specs_allow_when_access_and_inspections_run() {
        fx.alfresco.server().resetRequests();
        String store = fx.store(AccessFixture.JN01);
        AccessFixture.Run open = fx.swa(NOW, "inspect", "open", "--store", store, "--evaluators", AccessFixture.ASSESSORS,
                "--until", "2026-03-09", "--period", "2025", "--lang", "en");
        ok(open);
        String window = AccessFixture.windowId(open);
        ok(fx.swa(NOW, "access", "apply", "--store", store));
        AccessFixture.Run asked = fx.swa(NOW, "access", "request", "--store", store, "--record", "人事档案/2025/定期30年/员工档案-S01.docx",
                "--purpose", "核对", "--as", AccessFixture.SOCIAL_WORKER, "--lang", "en");
        ok(asked);
        ok(fx.swa(NOW, "access", "approve", "--store", store, asked.out().substring(asked.out().indexOf(": ") + 2).trim(), "--until",
                "2026-03-05", "--as", "站长"));
        try (AlfrescoClient evaluator = fx.clientAs(AccessFixture.EVALUATOR)) {
            evaluator.download(AlfrescoClient.Action.read("policy"), fx.id("policy"));
            // Refused: a sensitive record.
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> evaluator.download(AlfrescoClient.Action.read("needs"), fx.id("needs"))))
                    .isNotNull();
        }
        ok(fx.swa(NOW, "inspect", "package", "--store", store, "--period", "2025", "--out", tmp.resolve("p.zip").toString()));
        ok(fx.swa(NOW, "access", "register", "--store", store, "--from", "2026-03-01", "--to", "2026-03-31", "--out",
                tmp.resolve("r.xlsx").toString()));
        ok(fx.swa(NOW, "inspect", "close", "--store", store, window));

        List<ServeEvent> events = fx.alfresco.server().getAllServeEvents();
        List<String> kinds = events.stream().map(e -> e.getRequest().getMethod().getName() + " " + e.getRequest().getUrl().split("\\?")[0]
                .replaceAll("[0-9a-f-]{36}", "{id}")).distinct().toList();
        assertThat(kinds).contains("PUT /alfresco/api/-default-/public/alfresco/versions/1/nodes/{id}",
                "POST /alfresco/api/-default-/public/alfresco/versions/1/nodes/{id}/move",
                "GET /alfresco/api/-default-/public/alfresco/versions/1/nodes/{id}/secondary-children",
                "GET /alfresco/api/-default-/public/alfresco/versions/1/groups/GROUP_jn01-assessors/members",
                "GET /alfresco/api/-default-/public/alfresco/versions/1/people/-me-",
                "GET /alfresco/api/-default-/public/alfresco/versions/1/audit-applications/swa-access",
                "GET /alfresco/api/-default-/public/alfresco/versions/1/audit-applications/swa-access/audit-entries");
        specs.assertConforms(events, events.size());
    }
}
