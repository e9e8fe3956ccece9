package se.delaktig.referencehost.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffRole;
import se.delaktig.referencehost.auth.StaffSession;
import se.delaktig.referencehost.auth.Tokens;
import se.delaktig.referencehost.view.Messages;

/** One request to the host's pages: its language, its sign-in, and its form when posted. */
final class Page {
    final HttpServletRequest request;
    final HttpServletResponse response;
    final Messages msg;
    final Optional<StaffSession> session;
    final String path;
    private FormBody form;

    Page(HttpServletRequest request, HttpServletResponse response, Messages msg, Optional<StaffSession> session,
         String path) {
        this.request = request;
        this.response = response;
        this.msg = msg;
        this.session = session;
        this.path = path;
    }

    /** The signed-in staff member holding {@code role}; 403 for another role. Sign-in is checked before. */
    Staff staffWith(StaffRole role) throws HttpError {
        Staff staff = session.orElseThrow(HttpError::forbidden).staff();
        if (!staff.hasRole(role)) {
            throw HttpError.forbidden();
        }
        return staff;
    }

    Staff staff() throws HttpError {
        return session.orElseThrow(HttpError::forbidden).staff();
    }

    /** The posted form, after checking its CSRF token against the session's. */
    FormBody checkedForm() throws IOException, HttpError {
        FormBody body = form();
        String expected = session.map(StaffSession::csrfToken).orElse(null);
        if (!Tokens.same(expected, body.optional("csrf"))) {
            throw new HttpError(403, "error.csrf");
        }
        return body;
    }

    /** The posted form, read once with the size limit. */
    FormBody form() throws IOException, HttpError {
        if (form == null) {
            form = FormBody.read(request);
        }
        return form;
    }

    /**
     * The query parameter {@code name}, or "". Parsed from the query string alone: the container's
     * getParameter would read a posted body past our size limit.
     */
    String query(String name) throws HttpError {
        String raw = request.getQueryString();
        return raw == null ? "" : FormBody.parse(raw).optional(name).strip();
    }

    void redirect(String location) throws IOException {
        response.setStatus(303);
        response.setHeader("Location", location);
    }
}
