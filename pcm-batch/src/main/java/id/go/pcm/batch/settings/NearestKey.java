package id.go.pcm.batch.settings;

import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The known key an unknown one was probably meant to be: the nearest by edit distance (a letter
 * added, dropped, changed, or two swapped), when it is near enough to be a slip rather than another
 * word. Compared after {@code pcm.}, which every candidate shares.
 */
final class NearestKey {

    private NearestKey() {
    }

    /**
     * @param name an unknown key under {@code pcm.}, in Spring's lower-case form ({@code pcm.weigths.report})
     * @return the setting it is nearest to, when within two edits or a third of that setting's length
     */
    static Optional<Setting> of(String name) {
        String tail = tail(name);
        return Stream.of(Setting.values())
                .filter(s -> distance(tail, tail(s.key())) <= Math.max(2, tail(s.key()).length() / 3))
                .min(Comparator.comparingInt((Setting s) -> distance(tail, tail(s.key()))).thenComparing(Setting::ordinal));
    }

    private static String tail(String key) {
        return key.startsWith("pcm.") ? key.substring("pcm.".length()) : key;
    }

    /** The optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
