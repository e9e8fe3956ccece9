package se.delaktig.portal.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.context.ServletContextHelper;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContext;

/**
 * A servlet context of its own at {@code /delaktig/portal/assets}: longer than the Jakarta REST
 * whiteboard's path, so the HTTP whiteboard chooses it for the portal's files.
 */
@Component(service = ServletContextHelper.class)
@HttpWhiteboardContext(name = AssetContext.NAME, path = Assets.BASE)
public class AssetContext extends ServletContextHelper {
    static final String NAME = "delaktig.portal.assets";
}
