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
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY
                || !signature.verify(
                        request.getHeader("X-Slack-Request-Timestamp"), request.getHeader("X-Slack-Signature"), body)) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("X-Slack-No-Retry", "1");
            return;
        }
        chain.doFilter(new BodyAgain(request, body), response);
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

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(
                    new java.io.InputStreamReader(getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
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
