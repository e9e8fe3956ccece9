package se.delaktig.statistics.web;

import org.osgi.service.component.annotations.Component;
import se.delaktig.web.api.AssetBundle;
import se.delaktig.web.api.StaticAssets;

/**
 * The manager page's stylesheet, served by the web bundle (this is its {@link AssetBundle}) under
 * its content hash: {@code /delaktig/static/statistics/statistics-<hash>.css}, immutable, gzip when accepted.
 */
@Component(service = AssetBundle.class)
public final class Stylesheet implements AssetBundle {
    static final String RESOURCE = "se/delaktig/statistics/static/statistics.css";
    static final StaticAssets ASSETS = StaticAssets.builder("statistics", Stylesheet.class.getClassLoader())
            .add("statistics.css", RESOURCE).build();

    /** @return the stylesheet of this bundle */
    public static Stylesheet load() {
        return new Stylesheet();
    }

    /** @return the absolute path on this site */
    public String url() {
        return ASSETS.url("statistics.css");
    }

    @Override
    public StaticAssets assets() {
        return ASSETS;
    }
}
