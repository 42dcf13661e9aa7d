package org.swarchive.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.evidence.Framework;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Message;
import org.swarchive.store.Station;
import picocli.CommandLine.Option;

/** Options of the commands that work on several stations at once ({@code serve}, {@code alerts send}). */
final class StationOptions {

    @Option(names = "--store", paramLabel = "folder:PATH|alfresco:URL", defaultValue = "folder:.",
            description = {"A station's store; repeat for several stations. Default: the current folder.",
                    "alfresco:URL/sites/SITE is one station in Alfresco; alfresco:URL alone is every station the account can see there."})
    List<String> stores;

    @Option(names = "--station", paramLabel = "CODE",
            description = "The station id of the store at the same position (default: the folder's name, or the site's id).")
    List<String> codes;

    @Option(names = "--framework", paramLabel = "ID|FILE", defaultValue = "station-star",
            description = "The framework stations are checked against. Default: ${DEFAULT-VALUE}.")
    String framework;

    @Option(names = "--catalogue", paramLabel = "FILE", description = "A station catalogue file that adds or overrides document types.")
    Path catalogue;

    DocTypeCatalogue catalogue(Workbench workbench) {
        return workbench.catalogue(catalogue);
    }

    Framework framework(Workbench workbench, DocTypeCatalogue cat) {
        return workbench.framework(framework, cat);
    }

    /**
     * The i-th {@code --station} names the i-th {@code --store}; the rest are named after their
     * folders or sites. A district store ({@code alfresco:URL} without a site) brings all its stations.
     */
    List<Station> stations(Workbench workbench, DocTypeCatalogue cat) {
        List<String> ids = codes == null ? List.of() : codes;
        if (ids.size() > stores.size()) {
            throw new InvalidInput(Message.of("app.option.more-stations-than-stores"));
        }
        List<Station> stations = new ArrayList<>();
        for (int i = 0; i < stores.size(); i++) {
            stations.addAll(workbench.stations(stores.get(i), i < ids.size() ? ids.get(i) : null, cat));
        }
        return stations;
    }
}
