package se.delaktig.portal.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.context.ServletContextHelper;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContext;

/**
 * A servlet context of its own at {@code /delaktig/portal/assets}: longer than the Jakarta REST
 * whiteboard's path, so the HTTP whiteboard chooses it for the questionnaires' pictures and recordings.
 */
@Component(service = ServletContextHelper.class)
@HttpWhiteboardContext(name = AssetContext.NAME, path = AssetContext.BASE)
public class AssetContext extends ServletContextHelper {
    static final String NAME = "delaktig.portal.assets";
    /** URL base of the questionnaires' files: {@code BASE/q/<id>/<version>/<file>}. */
    static final String BASE = "/delaktig/portal/assets";
}
