package se.samverkansbot.text;

/**
 * JSON written by hand for the exports (the core carries no JSON library): a quoted, escaped field, or null. One home,
 * so every export escapes the same way.
 */
public final class JsonText {
    private JsonText() {}

    /** {@code "name":"value"}, or {@code "name":null}. */
    public static String field(String name, String value) {
        return "\"" + name + "\":" + string(value);
    }

    /** A JSON string, or null. */
    public static String string(String value) {
        return value == null ? "null" : "\"" + escape(value) + "\"";
    }

    public static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? "\\u%04x".formatted((int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }
}
