package org.swarchive.store.alfresco;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** {@code swa inspect package} on a station in Alfresco, and what must never leave with it. */
class AlfrescoInspectionPackageTest extends AccessFixtureTest {

    private static final Instant NOW = Instant.parse("2026-03-03T04:00:00Z");
    private static final String TOKEN = "tok-9f3a61c2e7";



    private AccessFixture.Run pack(Map<String, String> env, Path zip) {
        return fx.swa(env, NOW, "inspect", "package", "--store", fx.store(AccessFixture.JN01), "--period", "2025", "--as-of", "2026-03-01",
                "--out", zip.toString(), "--as", "评估员甲", "--unit", "某评估机构", "--lang", "en");
    }

    @Test
    void should_stream_the_evidence_from_the_repository_withhold_the_sensitive_and_register_each_download() throws Exception {
        Path zip = tmp.resolve("package.zip");
        AccessFixture.Run r = pack(fx.environment(), zip);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Inspection package written").contains("withheld (sensitive): 1");
        List<String> files = new ArrayList<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            z.stream().map(ZipEntry::getName).filter(n -> n.startsWith("files/")).forEach(files::add);
            assertThat(new String(z.getInputStream(z.getEntry("files/文书档案/2025/永久/管理制度汇编.docx")).readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo("内容：管理制度汇编.docx");
            String index = new String(z.getInputStream(z.getEntry("index.html")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(index).contains("JN01-FW·2025-D30-0001").doesNotContain("需求调研报告");
        }
        assertThat(files).contains("files/人事档案/2025/定期30年/员工档案-S01.docx", "files/财务档案/2025/定期30年/记账凭证-2025-03.pdf")
                .noneMatch(f -> f.contains("需求调研报告"));
        String register = note("access/register.tsv");
        assertThat(register.lines().filter(l -> l.contains("\tDOWNLOAD\t"))).hasSize(files.size())
                .allMatch(l -> l.startsWith("评估员甲\t某评估机构\t"));
    }

    @Test
    void should_keep_the_password_and_the_token_out_of_output_logs_notes_and_the_package() throws Exception {
        fx.access.token(TOKEN, AccessFake.SERVICE);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        List<String> said = new ArrayList<>();
        List<byte[]> packages = new ArrayList<>();
        List<Integer> codes = new ArrayList<>();
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        try {
            for (Map<String, String> env : List.of(fx.environment(), Map.of(AlfrescoCredentials.TOKEN, TOKEN))) {
                Path zip = tmp.resolve("p" + packages.size() + ".zip");
                for (AccessFixture.Run r : List.of(
                        fx.swa(env, NOW, "inspect", "open", "--store", fx.store(AccessFixture.JN01), "--evaluators", AccessFixture.ASSESSORS,
                                "--until", "2026-03-09", "--period", "2025"),
                        pack(env, zip),
                        fx.swa(env, NOW, "access", "register", "--store", fx.store(AccessFixture.JN01), "--from", "2026-03-01", "--to",
                                "2026-03-31", "--out", tmp.resolve("r.xlsx").toString()),
                        fx.swa(env, NOW, "access", "apply", "--store", fx.store(AccessFixture.JN01)),
                        // A refused request, whose message names the account but never its secret.
                        fx.swa(Map.of(AlfrescoCredentials.USER, AccessFixture.SOCIAL_WORKER, AlfrescoCredentials.PASSWORD, AccessFixture.PASSWORD),
                                NOW, "access", "register", "--store", fx.store(AccessFixture.JN01), "--from", "2026-03-01", "--to", "2026-03-31",
                                "--out", tmp.resolve("r2.xlsx").toString()))) {
                    said.add(r.out());
                    said.add(r.err());
                    codes.add(r.exitCode());
                }
                packages.add(Files.readAllBytes(zip));
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        said.add(console.toString(StandardCharsets.UTF_8));
        assertThat(codes).as(String.join("\n", said)).containsExactly(0, 0, 0, 0, 2, 0, 0, 0, 0, 2);
        String basic = Base64.getEncoder().encodeToString((AccessFake.SERVICE + ":" + AccessFixture.PASSWORD).getBytes(StandardCharsets.UTF_8));
        for (String secret : List.of(AccessFixture.PASSWORD, TOKEN, basic)) {
            assertThat(said).as("output and logs").noneMatch(s -> s.contains(secret));
            for (byte[] zip : packages) {
                assertThat(unzipped(zip)).as("package").doesNotContain(secret);
            }
            assertThat(allNotes()).as("the station's notes").doesNotContain(secret);
        }
        assertThat(said).anyMatch(s -> s.contains("shegong1"));
    }

    private String note(String path) {
        String id = fx.repository.at("Sites/swa-jn01/documentLibrary/.swa/" + path).orElseThrow().get("id").asText();
        return new String(fx.repository.content(id).orElseThrow(), StandardCharsets.UTF_8);
    }

    private String allNotes() {
        String notes = fx.repository.at("Sites/swa-jn01/documentLibrary/.swa").orElseThrow().get("id").asText();
        StringBuilder b = new StringBuilder();
        fx.repository.descendants(notes).forEach(n -> fx.repository.content(n.get("id").asText())
                .ifPresent(c -> b.append(new String(c, StandardCharsets.UTF_8)).append('\n')));
        return b.toString();
    }

    private static String unzipped(byte[] zip) throws Exception {
        StringBuilder b = new StringBuilder(new String(zip, StandardCharsets.ISO_8859_1));
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                b.append(e.getName()).append('\n').append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            }
        }
        return b.toString();
    }
}
