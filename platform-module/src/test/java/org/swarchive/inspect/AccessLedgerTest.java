package org.swarchive.inspect;

import org.swarchive.store.folder.FolderState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.access.AccessEntry;
import org.swarchive.access.AccessMode;
import org.swarchive.access.AccessRequest;
import org.swarchive.access.Role;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Language;

class AccessLedgerTest {

    @TempDir
    Path station;

    private static final Instant T = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void should_keep_a_request_and_its_approval_across_restarts_and_refuse_approving_twice() {
        AccessRequest q = new AccessLedger(new FolderState(station)).request("财务丁", Role.FINANCE_OFFICER, "服务档案/个案记录-C001.txt", "核对补贴", T);
        new AccessLedger(new FolderState(station)).approve(q.id(), "站长王芳", T.plusSeconds(60), T.plusSeconds(86_400));
        AccessRequest reread = new AccessLedger(new FolderState(station)).requests().get(0);
        assertThat(reread.grantsAt(T.plusSeconds(3_600))).isTrue();
        assertThat(reread.grantsAt(T.plusSeconds(86_400))).isFalse();
        assertThat(reread.approval().orElseThrow().approvedBy()).isEqualTo("站长王芳");
        assertThatThrownBy(() -> new AccessLedger(new FolderState(station)).approve(q.id(), "站长王芳", T, T.plusSeconds(10)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.in(Language.EN)).contains("already approved"))
                .hasMessageContaining("已批准");
        assertThatThrownBy(() -> new AccessLedger(new FolderState(station)).request("x", Role.ARCHIVIST, "r", " ", T))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.in(Language.EN)).contains("purpose"))
                .hasMessageContaining("事由");
    }

    @Test
    void should_append_every_read_and_select_them_by_time() throws Exception {
        AccessLedger ledger = new AccessLedger(new FolderState(station));
        ledger.record(new AccessEntry("评估员甲", "某评估机构", T, "JN01-WS·2025-D10-0001", "2025-01-月度工作总结",
                "年度评估\t抽查", "站长", AccessMode.ONLINE, T.plusSeconds(3600)));
        ledger.record(new AccessEntry("评估员甲", "某评估机构", T.plusSeconds(7_200), "JN01-WS·2025-D10-0002", "题名\n换行",
                "年度评估", "", AccessMode.DOWNLOAD, null));
        List<String> lines = Files.readAllLines(station.resolve(".swa/access/register.tsv"));
        assertThat(lines).hasSize(2);
        assertThat(ledger.entries(T, T.plusSeconds(3_600))).singleElement()
                .satisfies(e -> assertThat(e.purpose()).isEqualTo("年度评估 抽查"));
        assertThat(ledger.entries(T, T.plusSeconds(86_400))).extracting(AccessEntry::title).containsExactly("2025-01-月度工作总结", "题名 换行");

        byte[] xlsx = new AccessRegisterReport(Language.ZH, ZoneId.of("Asia/Shanghai")).xlsx(ledger.entries(T, T.plusSeconds(86_400)));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheet("查阅登记");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("查阅人");
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("期限");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("2026-03-02 16:00");
            assertThat(sheet.getRow(2).getCell(7).getStringCellValue()).isEqualTo("下载");
        }
    }
}
