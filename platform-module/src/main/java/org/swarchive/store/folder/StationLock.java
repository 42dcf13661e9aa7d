package org.swarchive.store.folder;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The station's filing lock: an OS file lock on {@code .swa/filing.lock}, so two {@code swa file}
 * runs (two processes, or two filers in one JVM) never draw numbers or move files at once. The
 * OS releases it if the process dies, so a killed run never leaves the station locked.
 */
final class StationLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private StationLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static StationLock acquire(Path file) throws IOException {
        while (true) {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                return new StationLock(channel, channel.lock());
            } catch (OverlappingFileLockException heldInThisJvm) {
                // Another filer in this JVM holds it; the OS lock cannot queue us behind it, so wait.
                channel.close();
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for the station lock", e);
                }
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
