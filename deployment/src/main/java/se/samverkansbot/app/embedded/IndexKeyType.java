package se.samverkansbot.app.embedded;

import java.io.ByteArrayOutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of the embedded server's unique indexes ({@code _id} among them): the same order and the same bytes on
 * file as H2's default type, without Java serialization for the common key. The default type knows nothing of the
 * server's {@link KeyValue}, so it orders two of them by their serialized bytes: every comparison in an index lookup
 * serialized both keys (two new {@code ObjectOutputStream}s), and every commit serialized every key of each changed
 * index page again. In SlashCommandBenchmark that was a quarter of all the memory the app allocated (the inbox's
 * insert looks its {@code _id} up twice, each lookup about a dozen comparisons), so the young collections that stop
 * every request came that much more often.
 *
 * <p>The order must stay what it was, or the indexes in existing files could no longer be searched. A key of one
 * string of plain ASCII (the app's string ids: the inbox's request keys, names) serializes as the same prefix, then
 * the string's two-byte length and its characters, then the same suffix; so two such keys compare as their lengths,
 * then their characters, and one is written from that layout. Every other key is compared and written by H2 as
 * before.
 */
final class IndexKeyType extends ObjectDataType {
    /** H2's tag for a serialized object (ObjectDataType.TYPE_SERIALIZED_OBJECT, package-private there). */
    private static final byte SERIALIZED_OBJECT = 19;
    /** Java serialization's tag of a string up to 65 535 bytes long. */
    private static final byte TC_STRING = 0x74;

    private static final VarHandle VALUES;
    /** What a one-string key serializes to before and after its string; null when that is not so (then H2 decides). */
    private static final byte[][] AROUND;

    static {
        try {
            VALUES = MethodHandles.privateLookupIn(KeyValue.class, MethodHandles.lookup())
                    .findVarHandle(KeyValue.class, "values", java.util.List.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
        AROUND = around("samverkansbot-key-layout");
    }

    @Override
    public int compare(Object a, Object b) {
        String x = plainString(a);
        String y = plainString(b);
        if (x == null || y == null) {
            return super.compare(a, b);
        }
        if (x.length() != y.length()) {
            return x.length() < y.length() ? -1 : 1;
        }
        return Integer.signum(x.compareTo(y));
    }

    @Override
    public void write(WriteBuffer buffer, Object key) {
        String string = plainString(key);
        if (string == null) {
            super.write(buffer, key);
            return;
        }
        byte[] before = AROUND[0];
        byte[] after = AROUND[1];
        buffer.put(SERIALIZED_OBJECT)
                .putVarInt(before.length + 3 + string.length() + after.length)
                .put(before)
                .put(TC_STRING)
                .putShort((short) string.length());
        for (int i = 0; i < string.length(); i++) {
            buffer.put((byte) string.charAt(i));
        }
        buffer.put(after);
    }

    /** The key's string when it is a key of one string of plain ASCII as KeyValue keeps it, else null. */
    static String plainString(Object key) {
        if (AROUND == null
                || !(key instanceof KeyValue keyValue)
                || keyValue.size() != 1
                || !(keyValue.get(0) instanceof String string)
                || string.length() > 0xFFFF
                || VALUES.get(keyValue).getClass() != ArrayList.class) {
            return null;
        }
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            if (c == 0 || c > 0x7F) {
                return null; // modified UTF-8 writes these in two or three bytes
            }
        }
        return string;
    }

    /** The serialized bytes of a one-string key around its string, found once from a key with a known string. */
    private static byte[][] around(String marker) {
        byte[] whole = ObjectDataType.serialize(new KeyValue(marker));
        ByteArrayOutputStream stringPart = new ByteArrayOutputStream();
        stringPart.write(TC_STRING);
        stringPart.write(marker.length() >> 8);
        stringPart.write(marker.length());
        stringPart.writeBytes(marker.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        byte[] part = stringPart.toByteArray();
        int at = -1;
        for (int i = 0; i + part.length <= whole.length; i++) {
            if (java.util.Arrays.equals(whole, i, i + part.length, part, 0, part.length)) {
                if (at >= 0) {
                    return null; // twice: the layout is not the one assumed
                }
                at = i;
            }
        }
        if (at < 0 || VALUES.get(new KeyValue(marker)).getClass() != ArrayList.class) {
            return null;
        }
        return new byte[][] {
            java.util.Arrays.copyOfRange(whole, 0, at),
            java.util.Arrays.copyOfRange(whole, at + part.length, whole.length)
        };
    }
}
