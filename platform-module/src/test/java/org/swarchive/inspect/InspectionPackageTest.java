package org.swarchive.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.LocalizedText;
import org.swarchive.i18n.Language;
import org.swarchive.archive.Period;
import org.swarchive.archive.RecordReader;
import org.swarchive.check.CheckResult;
import org.swarchive.check.StationCheck;
import org.swarchive.evidence.EvidenceRequirement;
import org.swarchive.evidence.Framework;
import org.swarchive.evidence.Grade;
import org.swarchive.evidence.Indicator;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.store.ScanItem;
import org.swarchive.store.folder.FolderEvidenceFiles;
import org.swarchive.store.folder.FolderStore;
import org.swarchive.store.folder.MetadataFile;

class InspectionPackageTest {

    @TempDir
    Path tmp;

    private final DocTypeCatalogue catalogue = new CatalogueLoader().shipped();

    private Path doc(Path root, String rel, Map<String, String> metadata) throws Exception {
        Path f = root.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, "内容 " + rel);
        MetadataFile.write(MetadataFile.of(f), metadata);
        return f;
    }

    private Framework framework() {
        return new Framework("t", LocalizedText.of("测试", "Test"), java.math.BigDecimal.TEN,
                List.of(new Grade(java.math.BigDecimal.ZERO, LocalizedText.of("合格", "Pass"))),
                List.of(Indicator.leaf("A1", LocalizedText.of("制度", "Policies"), java.math.BigDecimal.TEN, List.of(
                        EvidenceRequirement.of("policy"), EvidenceRequirement.of("case-record")))));
    }

    private Map<String, ArchiveRecord> records(FolderStore store) {
        Map<String, ArchiveRecord> m = new HashMap<>();
        try (var items = store.scan()) {
            items.forEach(i -> {
                if (i instanceof ScanItem.Filed f) {
                    m.put(f.record().id(), f.record());
                }
            });
        }
        return m;
    }

    @Test
    void should_show_every_level_with_readiness_and_name_a_withheld_record_without_a_code_by_its_type_label() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("站"));
        doc(root, "文书档案/管理制度.txt", Map.of("swa:docType", "policy", "swa:confidentiality", "internal"));
        doc(root, "人事档案/劳动合同-S01.txt", Map.of("swa:docType", "labour-contract", "swa:staffId", "S01",
                "swa:confidentiality", "sensitive", "swa:indicators", "B1.1"));
        FolderStore store = new FolderStore(root, new RecordReader(catalogue));
        Indicator a11 = Indicator.leaf("A1.1", LocalizedText.of("制度", "Policies"), java.math.BigDecimal.valueOf(4), List.of(EvidenceRequirement.of("policy")));
        Indicator a1 = Indicator.branch("A1", LocalizedText.of("制度建设", "Rules"), java.math.BigDecimal.valueOf(4), List.of(a11));
        Indicator a = Indicator.branch("A", LocalizedText.of("管理", "Management"), java.math.BigDecimal.valueOf(4), List.of(a1));
        Indicator b11 = Indicator.leaf("B1.1", LocalizedText.of("人事", "Staff"), java.math.BigDecimal.valueOf(6), List.of(EvidenceRequirement.of("annual-plan")));
        Indicator b1 = Indicator.branch("B1", LocalizedText.of("人员管理", "Staffing"), java.math.BigDecimal.valueOf(6), List.of(b11));
        Indicator b = Indicator.branch("B", LocalizedText.of("人员", "People"), java.math.BigDecimal.valueOf(6), List.of(b1));
        Framework fw = new Framework("t", LocalizedText.of("测试", "Test"), java.math.BigDecimal.TEN,
                List.of(new Grade(java.math.BigDecimal.ZERO, LocalizedText.of("合格", "Pass"))), List.of(a, b));
        CheckResult result = new StationCheck(new ReadinessEngine()).run(store, fw, Period.year(2025), LocalDate.of(2026, 1, 10));
        for (Language lang : List.of(Language.ZH, Language.EN)) {
            Path zipFile = tmp.resolve("out/package-" + lang.tag() + ".zip");
            new InspectionPackage(catalogue).write(new FolderEvidenceFiles(root), "JN01", result, records(store), lang, zipFile);
            try (ZipFile zip = new ZipFile(zipFile.toFile())) {
                String index = new String(zip.getInputStream(zip.getEntry("index.html")).readAllBytes(), "UTF-8");
                assertThat(index).as(lang.tag()).contains("id=\"i-A\"", "id=\"i-A1\"", "id=\"i-A1.1\"", "id=\"i-B1\"")
                        .doesNotContain("labour-contract").doesNotContain("劳动合同-S01");
                if (lang == Language.ZH) {
                    assertThat(index).contains("A 管理 — 100%", "A1 制度建设 — 100%", "B1 人员管理 — 0%", "未提供（敏感个人信息）：劳动合同");
                } else {
                    assertThat(index).contains("A1 Rules — 100%", "B Staffing".replace("B Staffing", "B People — 0%"), "Labour contract");
                }
            }
        }
    }

    @Test
    void should_pack_evidence_with_a_verifiable_manifest_and_withhold_sensitive_records() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("站"));
        doc(root, "文书档案/管理制度 #1.txt", Map.of("swa:docType", "policy", "swa:confidentiality", "internal"));
        doc(root, "服务档案/个案记录-C001.txt", Map.of("swa:docType", "case-record", "swa:caseId", "C001",
                "swa:confidentiality", "sensitive", "swa:archiveCode", "JN01-FW·2025-D10-0001"));
        FolderStore store = new FolderStore(root, new RecordReader(catalogue));
        CheckResult result = new StationCheck(new ReadinessEngine()).run(store, framework(), Period.year(2025), LocalDate.of(2026, 1, 10));
        Path zipFile = tmp.resolve("out/package.zip");

        InspectionPackage.Contents c = new InspectionPackage(catalogue).write(new FolderEvidenceFiles(root), "JN01", result, records(store), Language.ZH, zipFile);

        assertThat(c.files()).containsExactly("文书档案/管理制度 #1.txt");
        assertThat(c.withheld()).containsExactly("服务档案/个案记录-C001.txt");
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName)).containsExactlyInAnyOrder(
                    "files/文书档案/管理制度 #1.txt", "checklist.xlsx", "index.html", "manifest.sha256");
            String manifest = new String(zip.getInputStream(zip.getEntry("manifest.sha256")).readAllBytes(), "UTF-8");
            for (String line : manifest.strip().split("\n")) {
                String[] parts = line.split("  ", 2);
                try (InputStream in = zip.getInputStream(zip.getEntry(parts[1]))) {
                    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())))
                            .as(parts[1]).isEqualTo(parts[0]);
                }
            }
            String index = new String(zip.getInputStream(zip.getEntry("index.html")).readAllBytes(), "UTF-8");
            assertThat(index).contains("href=\"files/%E6%96%87%E4%B9%A6%E6%A1%A3%E6%A1%88/%E7%AE%A1%E7%90%86%E5%88%B6%E5%BA%A6%20%231.txt\"")
                    .contains("未提供（敏感个人信息）：JN01-FW·2025-D10-0001").doesNotContain("个案记录-C001");
            try (XSSFWorkbook wb = new XSSFWorkbook(zip.getInputStream(zip.getEntry("checklist.xlsx")))) {
                Sheet sheet = wb.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("指标");
                assertThat(sheet.getLastRowNum()).isEqualTo(2);
                assertThat(sheet.getRow(2).getCell(7).getStringCellValue()).contains("敏感信息").doesNotContain("C001.txt");
            }
        }
    }

    @Test
    void should_refuse_ids_that_reach_outside_the_station() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("station")).toRealPath();
        Path outside = Files.writeString(tmp.resolve("secret.txt"), "password=hunter2");
        Files.createDirectories(root.resolve("a"));
        Files.createSymbolicLink(root.resolve("a/link.txt"), outside);
        Files.writeString(root.resolve("a/ok.txt"), "ok");
        // The package takes its files only through the station's EvidenceFiles: these are the rules it relies on.
        FolderEvidenceFiles files = new FolderEvidenceFiles(root);
        assertThat(files.open("a/ok.txt")).isPresent();
        for (String crafted : List.of("../secret.txt", "a/../../secret.txt", outside.toString(), "a/link.txt", "a\\..\\..\\secret.txt",
                "a/ok.txt\0", "")) {
            assertThat(files.open(crafted)).as(crafted).isEmpty();
        }
    }
}
