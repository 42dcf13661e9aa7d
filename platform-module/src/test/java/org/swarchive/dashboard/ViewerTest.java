package org.swarchive.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.swarchive.access.AccessPolicy;
import org.swarchive.access.Role;
import org.swarchive.archive.Confidentiality;

/** The dashboard's evaluator view opens a file exactly when the access policy lets an evaluator read it. */
class ViewerTest {

    @Test
    void should_open_a_file_for_an_evaluator_when_the_policy_allows_it_and_everything_for_staff() {
        Viewer evaluator = new Viewer("jinniu-bureau");
        for (Confidentiality c : Confidentiality.values()) {
            assertThat(evaluator.mayOpen(c)).as(c.id()).isEqualTo(!AccessPolicy.neverReads(Role.EVALUATOR, c));
            assertThat(Viewer.STAFF.mayOpen(c)).as(c.id()).isTrue();
        }
        assertThat(evaluator.mayOpen(Confidentiality.SENSITIVE)).isFalse();
        assertThat(evaluator.mayOpen((Confidentiality) null)).as("unmarked").isTrue();
    }
}
