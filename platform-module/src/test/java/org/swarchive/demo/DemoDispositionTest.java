package org.swarchive.demo;

import java.time.Clock;
import org.swarchive.classify.Classifier;
import org.swarchive.classify.TikaExtractor;
import org.swarchive.store.folder.FolderFiler;
import org.swarchive.store.folder.FolderRecords;
import org.swarchive.classify.InboxFiling;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.Period;
import org.swarchive.archive.RecordReader;
import org.swarchive.archive.disposition.Appraiser;
import org.swarchive.archive.disposition.DispositionStatus;
import org.swarchive.archive.disposition.RetentionSchedule;
import org.swarchive.check.StationCheck;
import org.swarchive.evidence.Framework;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.library.FrameworkLibrary;
import org.swarchive.library.FrameworkLoader;
import org.swarchive.store.folder.FolderStore;

class DemoDispositionTest {

    private static final DocTypeCatalogue CATALOGUE = new CatalogueLoader().shipped();

    @TempDir
    Path dir;

    @Test
    void should_leave_exactly_the_deliberate_gaps_when_the_demo_also_has_records_due_for_disposal() throws Exception {
        for (String id : FrameworkLibrary.SHIPPED) {
            Framework framework = new FrameworkLibrary(new FrameworkLoader(CATALOGUE)).resolve(id);
            Path root = dir.resolve(id);
            new DemoStationGenerator(CATALOGUE, new ReadinessEngine()).generate(root, framework, DemoOptions.forYear(2025), m -> { });
            FolderStore store = new FolderStore(root, new RecordReader(CATALOGUE));
            fileInbox(store);

            var gaps = new StationCheck(new ReadinessEngine()).run(store, framework, Period.year(2025), LocalDate.of(2026, 11, 23))
                    .assessment().gaps();
            assertThat(gaps).extracting(g -> g.docType() + "/" + g.period() + "/" + g.subject())
                    .containsExactlyInAnyOrderElementsOf(DemoStationGenerator.deliberateGaps(2025).stream()
                            .map(g -> g.docType() + "/" + g.period() + "/" + g.subject()).toList());

            var appraisal = new Appraiser(RetentionSchedule.national(CATALOGUE))
                    .appraise(new FolderRecords(store).records(), LocalDate.of(2026, 11, 23), Map.of());
            assertThat(appraisal.disposable()).hasSize(11);
            assertThat(appraisal.counts()).containsEntry(DispositionStatus.HELD, 1);
            assertThat(appraisal.due()).hasSize(3);
            assertThat(List.copyOf(appraisal.counts().keySet())).contains(DispositionStatus.PENDING_EVENT, DispositionStatus.PERMANENT);
        }
    }

    /** What the demo leaves in the inbox is filed before the check, as {@code swa demo} does. */
    private static void fileInbox(FolderStore store) {
        Clock clock = Clock.systemDefaultZone();
        new InboxFiling(
                new FolderFiler(store, FolderFiler.DEFAULT_INBOX,
                        TikaExtractor.DEFAULT_MAX_BYTES),
                new TikaExtractor(TikaExtractor.DEFAULT_MAX_BYTES, clock.getZone()),
                new Classifier(CATALOGUE, Classifier.DEFAULT_THRESHOLD),
                CATALOGUE, "JN01", clock).run(e -> { });
    }
}
