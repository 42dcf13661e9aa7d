package org.swarchive.store.alfresco;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.swarchive.store.StationState;
import org.swarchive.store.StationStateContract;

/** The notes contract on the live repository: a site of its own per test, a second client as another replica. */
@Tag(LiveRepository.TAG)
class LiveStationStateTest extends StationStateContract {

    private LiveStation station;
    private AlfrescoClient other;

    @BeforeEach
    void start() {
        station = new LiveStation();
        other = station.live.client();
    }

    @AfterEach
    void stop() {
        other.close();
        station.close();
    }

    @Override
    protected StationState state() {
        return new AlfrescoStationState(station.client, station.site);
    }

    @Override
    protected StationState sameStationElsewhere() {
        return new AlfrescoStationState(other, station.site);
    }
}
