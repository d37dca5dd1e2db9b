package se.samverkansbot.adapter.slack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Checks Slack's signature on the raw body before the request reaches Bolt, so a forged, stale or future-dated
 * request gets a 401 and nothing is called at Slack on its behalf. Bodies are never logged.
 */
final class SlackSignatureFilter extends HttpFilter {
    private static final int MAX_BODY = 1 << 20;

    private final SlackSignature signature;

    SlackSignatureFilter(SlackSignature signature) {
        this.signature = signature;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        byte[] body = body(request);
        if (body == null
                || !signature.verify(
                        request.getHeader("X-Slack-Request-Timestamp"), request.getHeader("X-Slack-Signature"), body)) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("X-Slack-No-Retry", "1");
            return;
        }
        chain.doFilter(new BodyAgain(request, body), response);
    }

    /**
     * The whole body, read into one array of its declared length when it has one (Slack always sends it): reading
     * up to the limit in general took two 16 KB chunks and a copy for a body of a few hundred bytes. Null when it is
     * longer than the limit or than declared.
     */
    private static byte[] body(HttpServletRequest request) throws IOException {
        ServletInputStream in = request.getInputStream();
        int declared = request.getContentLength();
        if (declared < 0) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            return body.length > MAX_BODY ? null : body;
        }
        if (declared > MAX_BODY) {
            return null;
        }
        byte[] body = new byte[declared];
        int read = in.readNBytes(body, 0, declared);
        if (read < declared) {
            return java.util.Arrays.copyOf(body, read); // shorter than declared: the signature decides
        }
        return in.read() == -1 ? body : null;
    }

    /** The request with its body readable once more, for Bolt. */
    private static final class BodyAgain extends HttpServletRequestWrapper {
        private final byte[] body;

        BodyAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous only");
                }
            };
        }

        /** Bolt reads the body as text: decoded once, with a buffer the size of the text, not 8 K characters. */
        @Override
        public java.io.BufferedReader getReader() {
            String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
            return new java.io.BufferedReader(new java.io.StringReader(text), Math.max(1, text.length()));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
