package org.swarchive.app;

import org.swarchive.classify.Classifier;
import org.swarchive.filing.ArchiveFiler;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.swarchive.store.folder.FolderFiler;
import picocli.CommandLine.Option;

/** Options {@code swa file} and {@code swa review} share. */
final class FilingOptions {

    @Option(names = "--inbox", paramLabel = "FOLDER", defaultValue = FolderFiler.DEFAULT_INBOX,
            description = "The inbox folder inside the station (folder or Alfresco station folder). Default: ${DEFAULT-VALUE}.")
    String inbox;

    @Option(names = "--fonds", paramLabel = "CODE",
            description = "The station's 全宗号 for archive codes, remembered (.swa/station.xml; in Alfresco the station folder's swa:fondsCode). Default: the one in use.")
    String fonds;

    @Option(names = "--max-size", paramLabel = "MiB", defaultValue = "50",
            description = "Files larger than this are not read (queued for review). Default: ${DEFAULT-VALUE} MiB.")
    long maxSizeMib;

    @Option(names = "--min-confidence", paramLabel = "0-1", defaultValue = "" + Classifier.DEFAULT_THRESHOLD,
            description = "File only decisions at least this sure; the rest go to review. Default: ${DEFAULT-VALUE}.")
    double minConfidence;

    long maxBytes(Language lang) {
        if (maxSizeMib < 1) {
            throw new IllegalArgumentException(Message.of("filing.options.max-size").in(lang));
        }
        return maxSizeMib * 1024 * 1024;
    }

    /** The 全宗号: the option (remembered for next time), else the station's. */
    String fonds(ArchiveFiler filer, Language lang) {
        if (minConfidence <= 0 || minConfidence > 1) {
            throw new IllegalArgumentException(Message.of("filing.options.min-confidence").in(lang));
        }
        if (fonds != null) {
            if (!fonds.matches("[A-Za-z0-9]{1,16}")) {
                throw new IllegalArgumentException(Message.of("filing.options.bad-fonds", fonds).in(lang));
            }
            filer.setFonds(fonds);
            return fonds;
        }
        return filer.fonds().orElseThrow(() -> new IllegalArgumentException(Message.of("filing.options.no-fonds").in(lang)));
    }
}
