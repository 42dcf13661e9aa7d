package org.swarchive.store.folder;

import java.util.function.Consumer;
import org.swarchive.filing.StationFiler;

/**
 * Files inbox documents into a station folder: the one filing transaction ({@link StationFiler})
 * over the folder's way of keeping things ({@link FolderFilingStore}), holding the OS lock on
 * {@code .swa/filing.lock} ({@link FolderLock}), its notes under {@code .swa/filing/}, which scans
 * skip. A record is its document moved beside the metadata file written for it.
 */
public final class FolderFiler extends StationFiler {

    public static final String DEFAULT_INBOX = "收件箱";

    public FolderFiler(FolderStore store, String inboxName, long maxFileBytes) {
        this(store, inboxName, maxFileBytes, step -> {
        });
    }

    /**
     * With a hook called after each step of a filing ({@code journal}, {@code metadata},
     * {@code moved}, {@code counted}): tests throw from it to kill a run at that point.
     */
    FolderFiler(FolderStore store, String inboxName, long maxFileBytes, Consumer<String> checkpoint) {
        super(new FolderFilingStore(store, inboxName), new FolderState(store.root()), new FolderLock(store.root()), maxFileBytes,
                checkpoint);
    }
}
