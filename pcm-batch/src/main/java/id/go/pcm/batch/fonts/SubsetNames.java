package id.go.pcm.batch.fonts;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;

/**
 * The generator OpenPDF draws a font's subset name from ({@code ABCDEF+LiberationSans}), routed to
 * the document being written on the current thread: the fonts are shared by all documents, yet each
 * document's names come from its own seed and the font's place, whatever was written before or
 * elsewhere at the same time.
 */
public final class SubsetNames extends SecureRandom {

    private static final long serialVersionUID = 1L;
    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

    private final int font;

    SubsetNames(int font) {
        this.font = font;
    }

    static Scope seed(long seed) {
        Scope scope = new Scope(seed, CURRENT.get());
        CURRENT.set(scope);
        return scope;
    }

    @Override
    public void nextBytes(byte[] bytes) {
        Scope scope = CURRENT.get();
        if (scope == null) {
            throw new IllegalStateException("a document with embedded fonts is written outside EmbeddedFonts.subsetNames");
        }
        scope.random(font).nextBytes(bytes);
    }

    /** The seeding of one document's subset names on this thread; closing it restores the one before. */
    public static final class Scope implements AutoCloseable {
        private final long seed;
        private final Scope outer;
        private final Map<Integer, SecureRandom> byFont = new HashMap<>();

        private Scope(long seed, Scope outer) {
            this.seed = seed;
            this.outer = outer;
        }

        private SecureRandom random(int font) {
            return byFont.computeIfAbsent(font, f -> {
                try {
                    SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
                    random.setSeed(seed + f);
                    return random;
                } catch (NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        @Override
        public void close() {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }
}
