package org.swarchive.demo;

import java.nio.file.Path;
import java.util.List;

/** What {@code swa demo} made: where, how many records, which gaps it left on purpose. */
public record DemoStation(Path root, int records, List<DeliberateGap> deliberateGaps, List<String> unclassified,
                          List<String> badMetadata) {
    public DemoStation {
        deliberateGaps = List.copyOf(deliberateGaps);
        unclassified = List.copyOf(unclassified);
        badMetadata = List.copyOf(badMetadata);
    }
}
