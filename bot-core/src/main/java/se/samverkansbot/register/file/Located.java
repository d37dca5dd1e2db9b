package se.samverkansbot.register.file;

/** A value read from a file together with where it stood, so later checks can name the line. */
record Located<T>(T value, YamlFields fields) {
    int line() {
        return fields.line();
    }

    int lineOf(String key) {
        return fields.lineOf(key);
    }
}
