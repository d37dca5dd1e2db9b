package se.samverkansbot.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unique indexes' key type orders and writes every key exactly as H2's default type does, so the indexes in files
 * written before it (or after it, by the stock server) are searched as they were sorted.
 */
class IndexKeyTypeTest {
    private final Random random = new Random(13);

    @TempDir
    Path dir;

    @Test
    void orders_keys_of_one_string_as_their_serialized_bytes() {
        List<KeyValue> keys = new ArrayList<>();
        for (String fixed : new String[] {"", "a", "b", "aa", "command:t1", "command:t10", "command:t9", "Ev0A1"}) {
            keys.add(new KeyValue(fixed));
        }
        for (int length : new int[] {0, 1, 2, 15, 16, 127, 128, 129, 255, 256, 257, 300}) {
            for (int i = 0; i < 6; i++) {
                keys.add(new KeyValue(ascii(length)));
            }
        }
        for (int i = 0; i < 400; i++) {
            keys.add(new KeyValue(ascii(random.nextInt(40))));
        }

        assertSameOrderAsH2(keys);
    }

    @Test
    void orders_every_other_key_as_h2_does() {
        List<KeyValue> keys = List.of(
                new KeyValue("Åsa"),
                new KeyValue("Öberg"),
                new KeyValue("nul\u0000in"),
                new KeyValue("plain"),
                new KeyValue(7),
                new KeyValue(7L),
                new KeyValue(2.5),
                new KeyValue("a", "b"),
                new KeyValue("a", 1),
                new KeyValue((Object) null),
                new KeyValue(List.of("x")),
                new KeyValue(new de.bwaldvogel.mongo.bson.ObjectId()));

        assertSameOrderAsH2(keys);
    }

    @Test
    void writes_every_key_byte_for_byte_as_h2_does() {
        List<KeyValue> keys = new ArrayList<>(List.of(
                new KeyValue(""),
                new KeyValue("command:t4711"),
                new KeyValue(ascii(128)),
                new KeyValue(ascii(300)),
                new KeyValue("Åsa"),
                new KeyValue(7),
                new KeyValue("a", "b")));

        for (KeyValue key : keys) {
            assertThat(written(new IndexKeyType(), key)).as("%s", key).isEqualTo(written(new ObjectDataType(), key));
        }
        assertThat(IndexKeyType.plainString(new KeyValue("command:t4711")))
                .as("the common key takes the short way")
                .isEqualTo("command:t4711");
    }

    @Test
    void an_index_written_by_either_type_is_found_by_the_other() {
        Path file = dir.resolve("index.mv.db");
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            keys.add(new KeyValue(
                    i % 3 == 0 ? "command:t" + i : i % 3 == 1 ? ascii(1 + random.nextInt(60)) : "Ärende " + i));
        }
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).open()) {
            MVMap<KeyValue, Object> stock = store.openMap("index");
            keys.forEach(key -> stock.put(key, keys.indexOf(key)));
        }
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).open()) {
            MVMap<KeyValue, Object> ours =
                    store.openMap("index", new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType()));
            for (int i = 0; i < keys.size(); i++) {
                assertThat(ours.get(keys.get(i))).as("%s", keys.get(i)).isEqualTo(keys.indexOf(keys.get(i)));
            }
            ours.put(new KeyValue("command:new"), -1);
        }
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).open()) {
            MVMap<KeyValue, Object> stock = store.openMap("index");
            assertThat(stock.get(new KeyValue("command:new"))).isEqualTo(-1);
            assertThat(stock.get(keys.get(1))).isEqualTo(keys.indexOf(keys.get(1)));
            assertThat(stock.size()).isEqualTo(new java.util.HashSet<>(keys).size() + 1);
        }
    }

    private static void assertSameOrderAsH2(List<KeyValue> keys) {
        IndexKeyType ours = new IndexKeyType();
        ObjectDataType stock = new ObjectDataType();
        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                assertThat(Integer.signum(ours.compare(a, b)))
                        .as("%s vs %s", a, b)
                        .isEqualTo(Integer.signum(stock.compare(a, b)));
            }
        }
    }

    private static byte[] written(ObjectDataType type, Object key) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, key);
        ByteBuffer bytes = buffer.getBuffer();
        bytes.flip();
        byte[] result = new byte[bytes.remaining()];
        bytes.get(result);
        return result;
    }

    private String ascii(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) (1 + random.nextInt(0x7F)));
        }
        return text.toString();
    }
}
