package se.delaktig.web.internal.status;

import org.osgi.service.component.annotations.Component;
import se.delaktig.web.api.AssetBundle;
import se.delaktig.web.api.StaticAssets;

/** The status page's stylesheet, served fingerprinted at {@code /delaktig/static/status/status-<hash>.css}. */
@Component(service = AssetBundle.class)
public final class StatusStylesheet implements AssetBundle {
    static final String FILE = "status.css";
    static final StaticAssets ASSETS = StaticAssets.builder("status", StatusStylesheet.class.getClassLoader())
            .add(FILE, "se/delaktig/web/static/status.css").build();

    @Override
    public StaticAssets assets() {
        return ASSETS;
    }
}
