package org.swarchive.inspect;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.swarchive.access.InspectionWindow;
import org.swarchive.archive.LocalizedText;
import org.swarchive.store.StoreException;

/**
 * Inspection windows kept in the station itself ({@code .swa/inspections/}), so a restart never
 * forgets one: the store is the only state. Each window is one properties file, written whole
 * through a temporary file and an atomic move.
 */
public final class InspectionWindows {

    private final Path dir;

    public InspectionWindows(Path stationRoot) {
        this.dir = stationRoot.resolve(".swa").resolve("inspections");
    }

    public InspectionWindow open(String station, String group, Instant from, Instant until, String openedBy) {
        if (group == null || !group.matches("[A-Za-z0-9_.@-]+")) {
            throw new IllegalArgumentException("评估组名称无效 / invalid evaluator group: '" + group + "'");
        }
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("--until 必须晚于 --from / --until must be after --from");
        }
        InspectionWindow w = new InspectionWindow(UUID.randomUUID().toString().substring(0, 8), station, group, from, until,
                Optional.empty(), openedBy);
        save(w);
        return w;
    }

    public InspectionWindow close(String id, Instant at) {
        InspectionWindow w = find(id).orElseThrow(() -> new IllegalArgumentException(
                "没有编号为 " + id + " 的评估窗口 / no inspection window '" + id + "'"));
        InspectionWindow closed = w.closedAt(at);
        save(closed);
        return closed;
    }

    public Optional<InspectionWindow> find(String id) {
        return all().stream().filter(w -> w.id().equals(id)).findFirst();
    }

    public List<InspectionWindow> all() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<InspectionWindow> windows = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
                windows.add(read(f));
            }
        } catch (IOException e) {
            throw new StoreException(LocalizedText.of("无法读取评估窗口：" + dir, "cannot read inspection windows in " + dir), e);
        }
        windows.sort(Comparator.comparing(InspectionWindow::from));
        return windows;
    }

    private void save(InspectionWindow w) {
        Properties p = new Properties();
        p.setProperty("id", w.id());
        p.setProperty("station", w.station());
        p.setProperty("evaluatorGroup", w.evaluatorGroup());
        p.setProperty("from", w.from().toString());
        p.setProperty("until", w.until().toString());
        w.closedAt().ifPresent(c -> p.setProperty("closedAt", c.toString()));
        p.setProperty("openedBy", w.openedBy());
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".window-", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "Station Archives inspection window");
            }
            Files.move(tmp, dir.resolve(w.id() + ".properties"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(LocalizedText.of("无法保存评估窗口：" + dir, "cannot save the inspection window in " + dir), e);
        }
    }

    private static InspectionWindow read(Path f) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(f)) {
            p.load(in);
        }
        return new InspectionWindow(p.getProperty("id"), p.getProperty("station"), p.getProperty("evaluatorGroup"),
                Instant.parse(p.getProperty("from")), Instant.parse(p.getProperty("until")),
                Optional.ofNullable(p.getProperty("closedAt")).map(Instant::parse), p.getProperty("openedBy", ""));
    }
}
