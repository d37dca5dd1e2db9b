package se.samverkansbot.text;

/** Levenshtein distance, for forgiving small typos in keys, ids and questions. */
public final class EditDistance {
    private EditDistance() {}

    public static int between(CharSequence a, CharSequence b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * Whether {@code between(a, b) <= max}, computed only where it can be: in the band of cells within {@code max} of
     * the diagonal, and stopped at the first row that already exceeds it. A typo check against every known word of a
     * national register mostly fails within the first letters (measured: half a document question's time went to
     * full distances).
     */
    public static boolean atMost(CharSequence a, CharSequence b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max || Long.bitCount(letters(a) ^ letters(b)) > 2 * max) {
            return false;
        }
        // Cells further from the diagonal than max are at least max + 1; they are kept at that, which is exact for
        // every cell whose distance is within max.
        int beyond = max + 1;
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = Math.min(j, beyond);
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(m, i + max);
            current[0] = Math.min(i, beyond);
            if (from > 1) {
                current[from - 1] = beyond;
            }
            int rowMinimum = current[0];
            char letter = a.charAt(i - 1);
            for (int j = from; j <= to; j++) {
                int substitution = previous[j - 1] + (letter == b.charAt(j - 1) ? 0 : 1);
                int value = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
                current[j] = Math.min(value, beyond);
                rowMinimum = Math.min(rowMinimum, current[j]);
            }
            if (to < m) {
                current[to + 1] = beyond;
            }
            if (rowMinimum > max) {
                // Every way to the last cell passes this row, and distances never shrink along it.
                return false;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[m] <= max;
    }

    /**
     * The letters a text holds, folded into 64 bits. Each edit adds or removes at most one letter of each text's
     * set and so changes at most two bits of their difference: two words further apart in their letters cannot be
     * within {@code max} edits, and most words of a register are, so they are told apart without a table.
     */
    private static long letters(CharSequence text) {
        long letters = 0;
        for (int i = 0; i < text.length(); i++) {
            letters |= 1L << text.charAt(i);
        }
        return letters;
    }
}
