package org.swarchive.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Every icon share-config-custom.xml names is an image Share can serve (docs/alfresco.md, "Icons").
 *
 * <p>Share builds each icon's URL from its resource context and a fixed folder per kind of entry:
 * Document Library actions {@code components/documentlibrary/actions/ICON-16.png} (actions.js
 * renderAction, used by the document list and the details pages alike), status indicators
 * {@code components/documentlibrary/indicators/ICON} (documentlist-view-detailed.js), "Create..."
 * entries {@code components/images/filetypes/ICON-file-16.png} (toolbar.js). A jar serves its
 * {@code META-INF/resources/} at the same resource context, so this module's images live under
 * {@code META-INF/resources/swarchive-share/} and the config reaches them with {@code ../../../}, the way
 * Alfresco's records management module reaches its own under {@code rm/}.
 */
class ConfigIconsTest {

    /** This module's own folder in Share's resource context. */
    private static final String OWN = "swarchive-share/";

    /** Stock Share images the config may name (web-framework-commons, served by every Share). */
    private static final Set<String> STOCK = Set.of("components/images/filetypes/folder-file-16.png");

    private final Element root = Resources.xml(Resources.SHARE_CONFIG).getDocumentElement();

    private static String served(String folder, String icon, String suffix) {
        return Path.of(folder).resolve(icon + suffix).normalize().toString().replace('\\', '/');
    }

    /** Every icon named, as the path Share requests it from, keyed by where the config names it. */
    private Map<String, String> iconPaths() {
        Map<String, String> paths = new TreeMap<>();
        for (Element c : Resources.children(root, "config")) {
            for (Element action : Resources.all(c, "action")) {
                if (action.hasAttribute("icon")) {
                    paths.put("action " + action.getAttribute("id"),
                            served("components/documentlibrary/actions", action.getAttribute("icon"), "-16.png"));
                }
            }
            for (Element indicator : Resources.all(c, "indicator")) {
                if (indicator.hasAttribute("icon")) {
                    paths.put("indicator " + indicator.getAttribute("id"),
                            served("components/documentlibrary/indicators", indicator.getAttribute("icon"), ""));
                }
            }
            for (Element content : Resources.all(c, "content")) {
                if (content.hasAttribute("icon")) {
                    paths.put("create-content " + content.getAttribute("id"),
                            served("components/images/filetypes", content.getAttribute("icon"), "-file-16.png"));
                }
            }
        }
        return paths;
    }

    @Test
    void should_find_every_icon_a_config_names_where_share_serves_it() {
        Map<String, String> paths = iconPaths();
        assertThat(paths).containsKeys("action swa-file-now", "action swa-check-readiness", "indicator swa-held");

        List<String> missing = new ArrayList<>();
        paths.forEach((where, path) -> {
            boolean ok = path.startsWith(OWN) ? Resources.exists("META-INF/resources/" + path) : STOCK.contains(path);
            if (!ok) {
                missing.add(where + " -> /share/res/" + path);
            }
        });
        assertThat(missing).as("icons that would answer 404").isEmpty();
    }

    @Test
    void should_ship_16_pixel_png_images_when_the_module_draws_its_own_icons() throws Exception {
        for (String path : iconPaths().values()) {
            if (path.startsWith(OWN)) {
                try (var in = Resources.open("META-INF/resources/" + path)) {
                    var image = javax.imageio.ImageIO.read(in);
                    assertThat(image).as(path + " is a PNG").isNotNull();
                    assertThat(image.getWidth()).as(path).isEqualTo(16);
                    assertThat(image.getHeight()).as(path).isEqualTo(16);
                }
            }
        }
    }
}
