package se.delaktig.referencehost.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Set-Cookie headers written by hand, so SameSite and the other attributes are exact. */
public final class Cookies {
    private Cookies() { }

    static void set(HttpServletResponse response, String name, String value, String path, long maxAgeSeconds,
                    boolean secure, String sameSite) {
        StringBuilder h = new StringBuilder(name).append('=').append(value)
                .append("; Path=").append(path)
                .append("; Max-Age=").append(maxAgeSeconds)
                .append("; HttpOnly; SameSite=").append(sameSite);
        if (secure) {
            h.append("; Secure");
        }
        response.addHeader("Set-Cookie", h.toString());
    }

    static void clear(HttpServletResponse response, String name, String path, boolean secure) {
        set(response, name, "", path, 0, secure, "Lax");
    }

    /** @return the value of the named cookie in the request, or null */
    public static String get(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (name.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
