package org.swarchive.store.alfresco;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** A test on the two provisioned stations of {@link AccessFixture}, made fresh for each test. */
public abstract class AccessFixtureTest {

    @TempDir
    protected Path tmp;

    protected final AccessFixture fx = new AccessFixture();

    @AfterEach
    void closeFixture() {
        fx.close();
    }
}
