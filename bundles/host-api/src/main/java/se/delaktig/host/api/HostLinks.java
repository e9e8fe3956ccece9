package se.delaktig.host.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where the host's own pages are, so the plugin can send a browser back to them. Implemented by
 * the host.
 */
@ProviderType
public interface HostLinks {

    /**
     * The URL of the host's case page, where a form posted from a case panel returns.
     *
     * @param caseId an opaque case id
     * @return an absolute path (such as {@code /host/cases/123}) or absolute URL on the same site
     */
    String returnUrl(String caseId);
}
