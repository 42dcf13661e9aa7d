package org.swarchive.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessGrantTest {

    private static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
    private static final Instant END = Instant.parse("2026-03-06T00:00:00Z");

    private final AccessGrant planned = AccessGrant.planned(AccessGrant.Source.WINDOW, "w1", "GROUP_a", "Consumer", List.of("n1", "n2"), START);

    @Test
    void should_grant_between_start_and_end_and_revoke_from_the_end_on_when_swept() {
        assertThat(planned.due(START, END, START.minusSeconds(1))).isEqualTo(AccessGrant.Step.NOTHING);
        assertThat(planned.due(START, END, START)).isEqualTo(AccessGrant.Step.GRANT);
        AccessGrant granted = planned.granting(Set.of("n1"), START).granted(START);
        assertThat(granted.due(START, END, END.minusSeconds(1))).isEqualTo(AccessGrant.Step.NOTHING);
        assertThat(granted.due(START, END, END)).isEqualTo(AccessGrant.Step.REVOKE);
        assertThat(granted.revoked(END).due(START, END, END.plusSeconds(99))).isEqualTo(AccessGrant.Step.NOTHING);
    }

    @Test
    void should_finish_a_grant_stopped_half_way_and_still_revoke_it_when_the_end_has_come() {
        AccessGrant half = planned.granting(Set.of("n1", "n2"), START);
        assertThat(half.due(START, END, START.plusSeconds(60))).isEqualTo(AccessGrant.Step.GRANT);
        assertThat(half.due(START, END, END)).isEqualTo(AccessGrant.Step.REVOKE);
        assertThat(planned.due(START, END, END)).as("never given: closed as revoked").isEqualTo(AccessGrant.Step.REVOKE);
    }

    @Test
    void should_keep_only_nodes_it_was_meant_for_and_drop_one_when_it_must_not_reach_it() {
        AccessGrant g = planned.granting(Set.of("n2"), START).without("n2", START);
        assertThat(g.candidates()).containsExactly("n1");
        assertThat(g.added()).isEmpty();
    }

    @Test
    void should_register_a_repository_read_under_the_request_or_window_that_allowed_it() {
        Instant at = START.plusSeconds(3600);
        AccessRequest q = new AccessRequest("q1", "shegong1", Role.SOCIAL_WORKER, "人事档案/a.docx", "核对", START, Optional.empty())
                .approved("站长", START, END);
        InspectionWindow w = new InspectionWindow("w1", "JN01", "assessors", START, END, Optional.empty(), "站长");
        AccessEntry byRequest = new RepositoryRead("shegong1", at, "n1", "JN01-RS·2025-D30-0001", "员工档案")
                .entry(List.of(q), Map.of("q1", "n1"), List.of(w), Map.of("assessors", Set.of("pinggu1")));
        assertThat(byRequest.purpose()).isEqualTo("核对");
        assertThat(byRequest.approvedBy()).isEqualTo("站长");
        assertThat(byRequest.until()).isEqualTo(END);
        AccessEntry otherNode = new RepositoryRead("shegong1", at, "n2", "", "x")
                .entry(List.of(q), Map.of("q1", "n1"), List.of(w), Map.of("assessors", Set.of("pinggu1")));
        assertThat(otherNode.purpose()).as("the request was for another record").isEmpty();
        AccessEntry byWindow = new RepositoryRead("pinggu1", at, "n2", "", "x")
                .entry(List.of(q), Map.of(), List.of(w), Map.of("assessors", Set.of("pinggu1")));
        assertThat(byWindow.unit()).isEqualTo("评估组 assessors");
        assertThat(byWindow.purpose()).contains("w1");
        AccessEntry afterWindow = new RepositoryRead("pinggu1", END, "n2", "", "x")
                .entry(List.of(q), Map.of(), List.of(w), Map.of("assessors", Set.of("pinggu1")));
        assertThat(afterWindow.purpose()).isEmpty();
        assertThat(afterWindow.mode()).isEqualTo(AccessMode.ONLINE);
    }

    @Test
    void should_keep_sensitive_records_from_every_role_but_the_three_that_serve_clients_when_the_plan_is_read() {
        PermissionPlan plan = new PermissionPlan(Map.of(Role.FINANCE_OFFICER, Map.of(org.swarchive.archive.Category.FINANCE, Permission.CONTRIBUTOR),
                Role.ARCHIVIST, Map.of(org.swarchive.archive.Category.FINANCE, Permission.COORDINATOR)));
        assertThat(plan.ofSensitive(Role.FINANCE_OFFICER, org.swarchive.archive.Category.FINANCE)).isEqualTo(Permission.NONE);
        assertThat(plan.ofSensitive(Role.ARCHIVIST, org.swarchive.archive.Category.FINANCE)).isEqualTo(Permission.COORDINATOR);
        assertThat(plan.ofSensitive(Role.EVALUATOR, org.swarchive.archive.Category.FINANCE)).isEqualTo(Permission.NONE);
    }
}
