package org.swarchive.filing;

import java.util.List;
import java.util.Optional;

/**
 * The filing side of a store: the inbox, the review queue, and filing itself. Filing draws the
 * next item number of a series and files the document in one step that either happens whole or
 * not at all, so codes stay sequential with no gaps, even with several filers at work.
 */
public interface ArchiveFiler extends AutoCloseable {

    /**
     * Finishes any filing an earlier run left half done, unpacks archives, and lists the documents
     * waiting, with what could not be taken as it is.
     */
    Inbox openInbox();

    /** Files one document; running it again for a document already filed files nothing. */
    FilingOutcome file(InboxItem item, FilingRequest request);

    /**
     * Files a document handed in directly (an upload on the station page) in one holding of the
     * station's lock: a content filed before is a {@link FilingOutcome.Duplicate} and nothing is
     * received; otherwise it is put into the inbox and filed as {@link #file} would. A failure while
     * placing (the store refusing the person, or failing) takes it out of the inbox again and is
     * thrown: nothing half filed, and the person who handed it in still has it.
     */
    FilingOutcome receive(String name, java.nio.file.Path content, FilingRequest request);

    /** The record a document of this content was filed as ({@code 档号 path}), if it was. */
    Optional<String> filedAs(java.nio.file.Path content);

    /** Adds or replaces a review queue entry. */
    void queue(ReviewItem item);

    /** Drops entries whose documents have left the inbox or been filed. */
    void pruneQueue();

    List<ReviewItem> reviewQueue();

    Optional<InboxItem> inboxItem(String id);

    /** The station's 全宗号, if it has one configured or in use. */
    Optional<String> fonds();

    /** Remembers the station's 全宗号 for the codes filed from now on. */
    void setFonds(String fonds);

    String describe();

    /** Lets go of what a run held locally (the Alfresco filer's downloaded copies); the store keeps everything else. */
    @Override
    default void close() {
    }

    /** The documents waiting and the problems met while gathering them. */
    record Inbox(List<InboxItem> items, List<InboxProblem> problems) {
        public Inbox {
            items = List.copyOf(items);
            problems = List.copyOf(problems);
        }
    }
}
