package se.delaktig.caseworker.internal.panel;

import java.time.ZoneId;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/** The one {@link Views} of the bundle, configured with the time zone (PID {@value ResultConfiguration#PID}). */
@Component(service = ResultViews.class, configurationPid = ResultConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = ResultConfiguration.class)
public class ResultViews {
    private final Views views;

    @Activate
    public ResultViews(ResultConfiguration config) {
        this(new Views(ZoneId.of(config.time_zone())));
    }

    ResultViews(Views views) {
        this.views = views;
    }

    /** @return the renderer */
    public Views views() {
        return views;
    }
}
