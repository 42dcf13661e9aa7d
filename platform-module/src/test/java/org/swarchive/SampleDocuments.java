package org.swarchive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.swarchive.demo.DemoDocuments;

/** Documents made on the fly for tests, by the demo generator's writer, as the bytes an inbox receives. */
public final class SampleDocuments {

    private final DemoDocuments documents = new DemoDocuments();
    private final Path scratch;

    /** {@code scratch}: a folder the test owns, where each document is written before it is read back. */
    public SampleDocuments(Path scratch) {
        this.scratch = scratch;
    }

    /** A monthly report the rules file with confidence; {@code tag} makes its content (and hash) its own. */
    public byte[] monthly(int year, int month, String tag) {
        return document(DemoDocuments.Format.DOCX, new DemoDocuments.Content("示范站" + year + "年" + month + "月月度工作总结",
                List.of("所属期间：" + year + "年" + month + "月", "本月工作情况良好。", "序号 " + tag), Optional.of("王芳"),
                Optional.of(LocalDate.of(year, month, 28))));
    }

    public byte[] document(DemoDocuments.Format format, DemoDocuments.Content content) {
        try {
            Path file = Files.createTempFile(scratch, "doc", format.extension());
            documents.write(file, format, content);
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
