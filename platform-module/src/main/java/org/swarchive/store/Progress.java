package org.swarchive.store;

/**
 * How long work tells how far it has come (index builds, filing, package export): a count of
 * steps out of a total. The app draws it on a terminal, or prints counts when output is not one.
 */
public interface Progress {

    /** Work that tells nobody. */
    Progress NONE = new Progress() {
        @Override
        public void start(String task, long total) {
        }

        @Override
        public void step() {
        }

        @Override
        public void done() {
        }
    };

    /** A task of {@code total} steps begins; {@code task} names it in the user's words. */
    void start(String task, long total);

    /** One more step done (safe to call from several threads). */
    void step();

    /** The task is over. */
    void done();
}
