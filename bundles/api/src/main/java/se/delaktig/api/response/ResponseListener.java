package se.delaktig.api.response;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard: register a service of this type to hear when a child sends the answers (the result
 * view, statistics). Called by the portal after the response is durably submitted and the
 * invitation marked answered, on the request thread: return quickly, and do not throw (a thrown
 * exception is logged and does not affect the child or other listeners).
 */
@ConsumerType
public interface ResponseListener {

    /** @param response what was sent */
    void submitted(SubmittedResponse response);
}
