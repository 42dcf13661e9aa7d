package org.swarchive.demo;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code swa demo} made: where, how many records, which gaps it left on purpose, the inbox
 * documents the filer must queue ({@code unclassified}) and those it must file ({@code toFile}).
 */
public record DemoStation(Path root, int records, List<DeliberateGap> deliberateGaps, List<String> unclassified,
                          List<String> badMetadata, int filed, List<String> toFile) {
    public DemoStation {
        deliberateGaps = List.copyOf(deliberateGaps);
        unclassified = List.copyOf(unclassified);
        badMetadata = List.copyOf(badMetadata);
        toFile = List.copyOf(toFile);
    }
}
