package org.swarchive;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.Period;
import org.swarchive.archive.RecordReader;
import org.swarchive.check.CheckResult;
import org.swarchive.check.StationCheck;
import org.swarchive.app.SwaCli;
import org.swarchive.evidence.Framework;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.library.FrameworkLibrary;
import org.swarchive.library.FrameworkLoader;
import org.swarchive.store.Station;
import org.swarchive.store.folder.FolderEvidenceFiles;
import org.swarchive.store.folder.FolderState;
import org.swarchive.store.folder.FolderStore;
import org.swarchive.store.folder.MetadataFile;
import picocli.CommandLine;

/**
 * The demo station of 2025 (with its four deliberate gaps) as test data: made once per test
 * class, copied when a test changes it.
 */
public final class DemoStations {

    public static final int YEAR = 2025;
    /** The day the demo's gaps are known for: all four are overdue, nothing is coming due. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

    public final DocTypeCatalogue catalogue = new CatalogueLoader().shipped();
    public final Framework framework = new FrameworkLibrary(new FrameworkLoader(catalogue)).resolve("station-star");

    /** Makes the station as {@code swa demo} does: generated, then its inbox filed. */
    public Path make(Path dir) {
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 23).atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        for (String[] args : List.of(new String[] {"demo", dir.toString(), "--year", String.valueOf(YEAR), "--generate-only"},
                new String[] {"file", "--store", "folder:" + dir})) {
            StringWriter err = new StringWriter();
            CommandLine cl = new SwaCli(new CatalogueLoader(), new ReadinessEngine(), clock).commandLine();
            cl.setOut(new PrintWriter(new StringWriter()));
            cl.setErr(new PrintWriter(err, true));
            if (cl.execute(args) != 0) {
                throw new IllegalStateException(String.join(" ", args) + ": " + err);
            }
        }
        return dir;
    }

    public Station station(Path dir, String id) {
        return new Station(id, new FolderStore(dir, new RecordReader(catalogue)), new FolderEvidenceFiles(dir), new FolderState(dir));
    }

    public CheckResult check(Station station, LocalDate asOf) {
        return new StationCheck(new ReadinessEngine()).run(station.archive(), framework, Period.year(YEAR), asOf);
    }

    /** Files a document with metadata, as an archivist would. */
    public static void file(Path dir, String relative, Map<String, String> metadata) {
        try {
            Path doc = dir.resolve(relative);
            Files.createDirectories(doc.getParent());
            Files.writeString(doc, "（补交）" + relative + "\n");
            MetadataFile.write(MetadataFile.of(doc), metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a station, so a test may change its copy. */
    public static Path copy(Path from, Path to) {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
