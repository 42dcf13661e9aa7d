package org.swarchive.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.access.AccessGrant;
import org.swarchive.access.InspectionWindow;
import org.swarchive.store.NodeGrants;
import org.swarchive.store.folder.FolderState;

/** The sweep on a station's notes, against an in-memory ACL that can fail half-way as a repository can. */
class GrantSweepTest {

    @TempDir
    Path station;

    private static final Instant FROM = Instant.parse("2026-03-02T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2026-03-06T00:00:00Z");

    /** ACEs as "node|authority|role"; fails on the grant of one node while {@link #failOn} names it. */
    static final class Acl implements NodeGrants {
        final Set<String> aces = new HashSet<>();
        String failOn;
        int writes;

        @Override
        public boolean holds(String node, String authority, String role) {
            return aces.contains(node + "|" + authority + "|" + role);
        }

        @Override
        public boolean grant(String node, String authority, String role) {
            if (node.equals(failOn)) {
                throw new IllegalStateException("repository down");
            }
            writes++;
            return aces.add(node + "|" + authority + "|" + role);
        }

        @Override
        public boolean revoke(String node, String authority, String role) {
            writes++;
            return aces.remove(node + "|" + authority + "|" + role);
        }
    }

    private InspectionWindow window(List<String> nodes) {
        InspectionWindow w = new InspectionWindowStore(new FolderState(station)).open("JN01", "assessors", FROM, UNTIL, "站长");
        new AccessGrants(new FolderState(station)).save(AccessGrant.planned(AccessGrant.Source.WINDOW, w.id(), "GROUP_assessors", "Consumer",
                nodes, FROM));
        return w;
    }

    @Test
    void should_finish_a_grant_a_crash_left_half_done_and_take_back_exactly_what_it_added_when_the_window_ends() {
        Acl acl = new Acl();
        acl.aces.add("n2|GROUP_assessors|Consumer");
        InspectionWindow w = window(List.of("n1", "n2", "n3", "n4"));
        acl.failOn = "n3";
        assertThatThrownBy(() -> new GrantSweep(new FolderState(station), acl).run(FROM.plusSeconds(10))).hasMessageContaining("down");
        AccessGrant half = new AccessGrants(new FolderState(station)).find(AccessGrant.Source.WINDOW, w.id()).orElseThrow();
        assertThat(half.state()).isEqualTo(AccessGrant.State.GRANTING);
        assertThat(half.added()).containsExactly("n1", "n3", "n4");

        acl.failOn = null;
        // A new sweep, as a restarted service would run it, from the notes alone.
        List<GrantSweep.Change> resumed = new GrantSweep(new FolderState(station), acl).run(FROM.plusSeconds(70));
        assertThat(resumed).singleElement().satisfies(c -> assertThat(c.step()).isEqualTo(AccessGrant.Step.GRANT));
        assertThat(acl.aces).containsExactlyInAnyOrder("n1|GROUP_assessors|Consumer", "n2|GROUP_assessors|Consumer",
                "n3|GROUP_assessors|Consumer", "n4|GROUP_assessors|Consumer");
        assertThat(new GrantSweep(new FolderState(station), acl).run(FROM.plusSeconds(130))).as("nothing more to do").isEmpty();

        List<GrantSweep.Change> ended = new GrantSweep(new FolderState(station), acl).run(UNTIL);
        assertThat(ended).singleElement().satisfies(c -> assertThat(c.nodes()).isEqualTo(3));
        assertThat(acl.aces).containsExactly("n2|GROUP_assessors|Consumer");
        int writes = acl.writes;
        assertThat(new GrantSweep(new FolderState(station), acl).run(UNTIL.plusSeconds(60))).isEmpty();
        assertThat(acl.writes).as("a revoked grant is done with").isEqualTo(writes);
    }

    @Test
    void should_take_back_a_closed_window_at_once_and_leave_a_grant_another_sweep_is_working_on() {
        Acl acl = new Acl();
        InspectionWindow w = window(List.of("n1"));
        new GrantSweep(new FolderState(station), acl).run(FROM.plusSeconds(1));
        assertThat(acl.aces).hasSize(1);
        new InspectionWindowStore(new FolderState(station)).close(w.id(), FROM.plusSeconds(100));
        FolderState state = new FolderState(station);
        state.create(GrantSweep.CLAIMS, "window-" + w.id(), FROM.plusSeconds(100).toString());
        assertThat(new GrantSweep(state, acl).run(FROM.plusSeconds(101))).as("claimed elsewhere").isEmpty();
        assertThat(acl.aces).hasSize(1);
        // A claim left by a process that stopped goes stale, and the next sweep takes over.
        assertThat(new GrantSweep(state, acl).run(FROM.plusSeconds(100).plus(GrantSweep.STALE_CLAIM).plusSeconds(1))).hasSize(1);
        assertThat(acl.aces).isEmpty();
    }

    @Test
    void should_withdraw_a_node_from_evaluators_grants_only_where_the_grant_set_it() {
        Acl acl = new Acl();
        acl.aces.add("n2|GROUP_assessors|Consumer");
        InspectionWindow w = window(List.of("n1", "n2"));
        new GrantSweep(new FolderState(station), acl).run(FROM.plusSeconds(1));
        assertThat(new GrantSweep(new FolderState(station), acl).withdraw(Set.of("n1", "n2"), FROM.plusSeconds(2))).isEqualTo(1);
        assertThat(acl.aces).containsExactly("n2|GROUP_assessors|Consumer");
        AccessGrant g = new AccessGrants(new FolderState(station)).find(AccessGrant.Source.WINDOW, w.id()).orElseThrow();
        assertThat(g.candidates()).isEmpty();
        assertThat(g.state()).isEqualTo(AccessGrant.State.GRANTED);
    }
}
