package org.swarchive.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.swarchive.DemoStations;
import org.swarchive.access.AccessPolicy;
import org.swarchive.access.AccountRole;
import org.swarchive.access.Person;
import org.swarchive.access.Role;
import org.swarchive.archive.Confidentiality;
import org.swarchive.library.PermissionPlanLoader;
import org.swarchive.store.EvidenceFiles.EvidenceFile;

/** The dashboard's viewer opens a file exactly when the access policy lets that person read it. */
class ViewerTest {

    static final AccessPolicy POLICY = new AccessPolicy(new PermissionPlanLoader().shipped());
    static final DemoStations DEMO = new DemoStations();

    static Viewer viewer(AccountRole role, String group) {
        return new Viewer(new Person("someone", role, "示范站", group, "", Set.of()), POLICY, DEMO.catalogue, Instant.EPOCH);
    }

    static EvidenceFile file(Confidentiality c) {
        return new EvidenceFile("文书档案/x.txt", "x.txt", 1, c, () -> null,
                c == null ? Map.of("swa:docType", "monthly-summary") : Map.of("swa:docType", "monthly-summary", "swa:confidentiality", c.id()));
    }

    @Test
    void should_open_a_file_for_an_evaluator_when_the_policy_allows_it_and_everything_for_staff() {
        Viewer head = viewer(AccountRole.STATION_HEAD, "");
        for (Confidentiality c : Confidentiality.values()) {
            assertThat(head.record(file(c)).confidentiality()).isEqualTo(c);
            assertThat(AccessPolicy.neverReads(Role.EVALUATOR, head.record(file(c)).confidentiality()))
                    .as(c.id()).isEqualTo(c == Confidentiality.SENSITIVE);
        }
        assertThat(head.readsEverything()).isTrue();
        assertThat(viewer(AccountRole.EVALUATOR, "jinniu-bureau").readsEverything()).isFalse();
        assertThat(viewer(AccountRole.EVALUATOR, "jinniu-bureau").evaluator()).isEqualTo("jinniu-bureau");
        assertThat(head.evaluator()).isNull();
    }

    @Test
    void should_judge_a_confidentiality_outside_the_list_as_sensitive_and_take_the_category_from_the_type() {
        EvidenceFile odd = new EvidenceFile("服务档案/y.txt", "y.txt", 1, null, () -> null,
                Map.of("swa:docType", "case-intake", "swa:confidentiality", "Sensitive"));
        var record = viewer(AccountRole.STATION_HEAD, "").record(odd);
        assertThat(record.confidentiality()).isEqualTo(Confidentiality.SENSITIVE);
        assertThat(record.category()).isEqualTo(org.swarchive.archive.Category.SERVICE);
    }
}
