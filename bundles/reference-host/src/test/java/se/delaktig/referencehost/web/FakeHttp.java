package se.delaktig.referencehost.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A minimal HttpServletRequest for tests, answering only what the host's code asks. */
final class FakeHttp {
    private FakeHttp() { }

    static HttpServletRequest post(Map<String, String> headers, Cookie[] cookies, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        ServletInputStream stream = new ServletInputStream() {
            @Override public boolean isFinished() { return in.available() == 0; }
            @Override public boolean isReady() { return true; }
            @Override public void setReadListener(ReadListener listener) { }
            @Override public int read() { return in.read(); }
        };
        return (HttpServletRequest) Proxy.newProxyInstance(FakeHttp.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getScheme" -> "http";
                    case "getMethod" -> "POST";
                    case "getCookies" -> cookies;
                    case "getContentType" -> headers.getOrDefault("Content-Type", "application/x-www-form-urlencoded");
                    case "getContentLengthLong" -> Long.parseLong(headers.getOrDefault("Content-Length",
                            Integer.toString(bytes.length)));
                    case "getInputStream" -> stream;
                    case "getQueryString" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
