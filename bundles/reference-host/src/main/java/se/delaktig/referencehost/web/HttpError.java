package se.delaktig.referencehost.web;

/** Ends a request with an error page: a status and the message key of what to tell the reader. */
final class HttpError extends Exception {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String messageKey;

    HttpError(int status, String messageKey) {
        super(status + " " + messageKey, null, false, false);
        this.status = status;
        this.messageKey = messageKey;
    }

    int status() {
        return status;
    }

    String messageKey() {
        return messageKey;
    }

    static HttpError badRequest(String messageKey) {
        return new HttpError(400, messageKey);
    }

    static HttpError notFound() {
        return new HttpError(404, "error.404");
    }

    static HttpError forbidden() {
        return new HttpError(403, "error.403");
    }
}
