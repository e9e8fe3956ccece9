package se.delaktig.web.internal.assets;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.context.ServletContextHelper;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContext;
import se.delaktig.web.api.StaticAssets;

/**
 * A servlet context of its own at {@code /delaktig/static}: longer than the Jakarta REST
 * whiteboard's {@code /delaktig}, so the HTTP whiteboard chooses it for static files, whatever that
 * whiteboard's own context is called.
 */
@Component(service = ServletContextHelper.class)
@HttpWhiteboardContext(name = AssetContext.NAME, path = StaticAssets.BASE_PATH)
public class AssetContext extends ServletContextHelper {
    static final String NAME = "delaktig.static";
}
