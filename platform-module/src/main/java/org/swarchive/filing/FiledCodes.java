package org.swarchive.filing;

import java.util.Set;
import org.swarchive.archive.ArchiveSeries;

/**
 * The codes a store already holds (port): what the numbering checks a station's counter against,
 * so a code in use is never issued again however the record got there. The folder store scans its
 * metadata; Alfresco searches the series.
 */
public interface FiledCodes {

    /** The highest 件号 of {@code series} among the station's records; 0 when it has none. */
    int highest(ArchiveSeries series);

    /** The 全宗号s the station's records carry (where a station with none set finds its own). */
    Set<String> fondsInUse();
}
