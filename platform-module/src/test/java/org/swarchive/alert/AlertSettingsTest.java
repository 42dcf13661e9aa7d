package org.swarchive.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.i18n.Language;
import org.swarchive.archive.Period;
import org.swarchive.store.folder.FolderState;

class AlertSettingsTest {

    @TempDir
    Path station;

    @Test
    void should_send_on_monday_at_eight_in_chinese_when_the_station_has_no_settings() {
        AlertSettings s = AlertSettings.read(new FolderState(station));
        assertThat(s.recipients()).isEmpty();
        assertThat(s.language()).isEqualTo(Language.ZH);
        assertThat(s.withinDays()).isEqualTo(14);
        assertThat(s.cron().next(LocalDateTime.of(2026, 11, 24, 9, 0))).isEqualTo(LocalDateTime.of(2026, 11, 30, 8, 0));
    }

    @Test
    void should_read_the_stations_settings_file_when_present() {
        FolderState state = new FolderState(station);
        state.write("alerts", "settings.properties", """
                # 站长与档案管理员
                recipients=zhanzhang@example.org, dangan@example.org
                cron=0 30 7 * * FRI
                lang=en
                within-days=7
                period=2026
                """);
        AlertSettings s = AlertSettings.read(state);
        assertThat(s.recipients()).containsExactly("zhanzhang@example.org", "dangan@example.org");
        assertThat(s.language()).isEqualTo(Language.EN);
        assertThat(s.withinDays()).isEqualTo(7);
        assertThat(s.period()).contains(Period.year(2026));
        assertThat(s.cron().next(LocalDateTime.of(2026, 11, 23, 9, 0))).isEqualTo(LocalDateTime.of(2026, 11, 27, 7, 30));
    }

    @Test
    void should_name_the_file_when_a_setting_is_invalid() {
        FolderState state = new FolderState(station);
        state.write("alerts", "settings.properties", "cron=every monday\n");
        assertThatThrownBy(() -> AlertSettings.read(state)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(".swa/alerts/settings.properties");
    }
}
