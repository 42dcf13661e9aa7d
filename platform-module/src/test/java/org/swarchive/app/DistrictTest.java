package org.swarchive.app;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.swarchive.store.alfresco.AlfrescoStations;
import org.swarchive.store.alfresco.WithFakeRepository;
import org.swarchive.store.alfresco.AlfrescoStub;
import org.swarchive.store.alfresco.FakeRepository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** District mode: {@code --store alfresco:URL} without a site is every station the account can see there. */
class DistrictTest extends WithFakeRepository {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneOffset.UTC);

    /** Two stations, each with a policy; and a station folder somebody made outside any site's library. */
    private void district() {
        stationWithPolicy("JN01", Map.of());
        stationWithPolicy("JN02", Map.of());
        repository.folder("旧站点", "swa:station", null);
        // The district administrator reads every station: their account is kept in one of them.
        stations.account("swa-jn01", "district", org.swarchive.access.AccountRole.DISTRICT_ADMIN, "");
    }

    @Test
    void should_serve_every_station_of_the_district_when_the_url_names_no_site() throws Exception {
        district();
        try (ServeRunner swa = ServeRunner.start(CLOCK, AlfrescoStub.basicEnvironment("s3cret"), "serve", "--store",
                stations.store(null), "--period", "2025", "--port", "0")) {
            assertThat(swa.url()).as(swa.err()).isNotNull();
            swa.as("district");
            JsonNode list = JsonMapper.builder().build().readTree(swa.get("/api/v1/stations").body());
            assertThat(list.get("stations").valueStream().map(s -> s.get("id").asString()).toList())
                    .containsExactly("swa-jn01", "swa-jn02");
            assertThat(swa.get("/api/v1/stations/swa-jn02/readiness").statusCode()).isEqualTo(200);
            assertThat(swa.out()).contains("正在检查 swa-jn01", "正在检查 swa-jn02").doesNotContain("旧站点");
        }
        assertThat(alfresco.server().findAll(postRequestedFor(urlPathEqualTo(AlfrescoStub.SEARCH)))
                .stream().filter(r -> r.getBodyAsString().contains("TYPE:\\\"swa:station\\\"")).count())
                .as("one search finds the district's stations").isEqualTo(1);
    }

    @Test
    void should_say_none_is_found_and_what_to_do_when_the_account_sees_no_station() {
        repository.site("swa-empty");
        repository.folder("旧站点", "swa:station", null);
        AlfrescoStations.Run r = stations.swa(CLOCK, "alerts", "send", "--dry-run", "--store", stations.store(null));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("没有 archivist 能看到的工作站", "swa station create", "/Company Home/旧站点");
    }

    @Test
    void should_refuse_a_station_code_when_the_store_is_a_whole_district() {
        district();
        AlfrescoStations.Run r = stations.swa(CLOCK, "alerts", "send", "--dry-run", "--store", stations.store(null), "--station", "JN01");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--station", "请去掉 --station");
        AlfrescoStations.Run en = stations.swa(CLOCK, "alerts", "send", "--dry-run", "--store", stations.store(null), "--station", "JN01",
                "--lang", "en");
        assertThat(en.exitCode()).isEqualTo(2);
        assertThat(en.err()).contains("--station", "drop --station");
    }

    @Test
    void should_write_each_stations_digest_when_alerts_are_sent_for_the_district() {
        district();
        AlfrescoStations.Run r = stations.swa(CLOCK, "alerts", "send", "--dry-run", "--store", stations.store(null),
                "--period", "2025", "--to", "qu@district.example");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("swa-jn01: 试运行", "swa-jn02: 试运行");
    }

    @Test
    void should_poll_every_station_and_go_on_when_one_fails_when_the_district_is_watched() {
        district();
        // The second station's library cannot be listed: the repository is failing for it.
        alfresco.server().stubFor(get(urlPathEqualTo(AlfrescoStub.CORE + "/nodes/-root-/children")).atPriority(1)
                .withQueryParam("relativePath", equalTo("Sites/swa-jn02/documentLibrary"))
                .willReturn(AlfrescoStub.json(500, FakeRepository.errorBody(500))));
        AlfrescoStations.Run r = stations.swa(CLOCK, "watch", "--once", "--store", stations.store(null), "--period", "2025");
        assertThat(r.out()).contains("swa-jn01  得分").doesNotContain("swa-jn02  得分");
        assertThat(r.err()).contains("swa-jn02", "暂时无法处理");
        assertThat(r.exitCode()).as("a station not checked is not a silent success").isEqualTo(2);
        assertThat(stations.ofType(repository.children(repository.library("swa-jn01")).stream()
                .filter(n -> n.get("nodeType").asText().equals("swa:station")).findFirst().orElseThrow().get("id").asText(),
                "swa:readinessReport")).hasSize(1);
    }
}
