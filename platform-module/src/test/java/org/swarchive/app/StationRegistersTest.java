package org.swarchive.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.RecordReader;
import org.swarchive.archive.SubjectKind;
import org.swarchive.archive.SubjectRoster;
import org.swarchive.DemoStations;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.store.folder.FolderStore;

/** The registers a filing run starts from are the staff profiles the store already holds, with their names. */
class StationRegistersTest {

    @Test
    void should_know_each_demo_staff_member_by_name_when_a_filing_run_reads_the_store(@TempDir Path tmp) {
        Path demo = new DemoStations().make(tmp.resolve("demo"));
        DocTypeCatalogue catalogue = new CatalogueLoader().shipped();

        SubjectRoster roster = Workbench.registers(new FolderStore(demo, new RecordReader(catalogue)));

        assertThat(roster.named(SubjectKind.STAFF)).extracting(SubjectRoster.Entry::id, SubjectRoster.Entry::name)
                .contains(tuple("S01", "王芳"), tuple("S02", "李娜"));
    }
}
