import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * Adds Docker's HEALTHCHECK to the image tar that jib:buildTar wrote. Jib cannot set it (it is Docker's, not in
 * the OCI image spec), and an image run with plain {@code docker run} should still say whether it is ready.
 * The check asks the app's readiness group over loopback with bash alone (no curl in the image). Kubernetes and
 * the compose files use their own probes; this one is for everything else.
 *
 * <p>Run with the JDK that runs Maven (17 or newer): {@code java AddHealthCheck.java target/jib-image.tar}. It
 * rewrites the tar's config.json in place (the manifest names the config by file name, so nothing else
 * changes) and does nothing when the config already has a health check.
 */
public class AddHealthCheck {
    private static final long SECOND = 1_000_000_000L;
    /** The check itself: bash's /dev/tcp, one HTTP request, "UP" in the answer. */
    static final String COMMAND = "exec 3<>/dev/tcp/127.0.0.1/${PORT:-8080}"
            + " && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3"
            + " && grep -q '\"status\":\"UP\"' <&3";

    static final String HEALTH_CHECK = "\"Healthcheck\":{\"Test\":[\"CMD\",\"/bin/bash\",\"-c\"," + json(COMMAND)
            + "],\"Interval\":" + 30 * SECOND + ",\"Timeout\":" + 5 * SECOND + ",\"StartPeriod\":" + 120 * SECOND
            + ",\"Retries\":3},";

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    public static void main(String[] args) throws IOException {
        Path tar = Path.of(args[0]);
        Path rewritten = tar.resolveSibling(tar.getFileName() + ".tmp");
        boolean changed;
        try (InputStream in = Files.newInputStream(tar);
                OutputStream out = Files.newOutputStream(rewritten)) {
            changed = copyWithHealthCheck(in, out);
        }
        if (changed) {
            Files.move(rewritten, tar, StandardCopyOption.REPLACE_EXISTING);
            System.out.println("[image] HEALTHCHECK (GET /actuator/health/readiness) added to " + tar);
        } else {
            Files.delete(rewritten);
            System.out.println("[image] " + tar + " already has a health check");
        }
    }

    /** Copies the tar entry by entry, giving config.json the health check; true when it changed anything. */
    static boolean copyWithHealthCheck(InputStream in, OutputStream out) throws IOException {
        boolean changed = false;
        byte[] header = new byte[512];
        while (in.readNBytes(header, 0, 512) == 512) {
            if (isZero(header)) { // the end-of-archive blocks and anything after them, as they are
                out.write(header);
                in.transferTo(out);
                break;
            }
            String name = text(header, 0, 100);
            long size = Long.parseLong(text(header, 124, 12).trim(), 8);
            byte[] data = in.readNBytes((int) size);
            in.readNBytes(padding(size));
            if (name.equals("config.json") || name.equals("./config.json")) {
                String config = new String(data, StandardCharsets.UTF_8);
                if (!config.contains("\"Healthcheck\"")) {
                    int at = config.indexOf("\"config\":{");
                    if (at < 0) {
                        throw new IOException("config.json has no \"config\" object: " + config);
                    }
                    at += "\"config\":{".length();
                    config = config.substring(0, at) + HEALTH_CHECK + config.substring(at);
                    data = config.getBytes(StandardCharsets.UTF_8);
                    setSize(header, data.length);
                    changed = true;
                }
            }
            out.write(header);
            out.write(data);
            out.write(new byte[padding(data.length)]);
        }
        return changed;
    }

    private static void setSize(byte[] header, long size) {
        byte[] octal = String.format("%011o", size).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(octal, 0, header, 124, 11);
        header[135] = 0;
        Arrays.fill(header, 148, 156, (byte) ' '); // the checksum counts its own field as spaces
        long sum = 0;
        for (byte b : header) {
            sum += b & 0xff;
        }
        byte[] checksum = String.format("%06o", sum).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(checksum, 0, header, 148, 6);
        header[154] = 0;
        header[155] = ' ';
    }

    private static String text(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
    }

    private static int padding(long size) {
        return (int) ((512 - size % 512) % 512);
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
