package id.go.pcm.batch.output;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The file name of each agency's scorecard in {@code pcm-rapor-YYYY-MM/} (SPEC 7): {@code <agency_id>.pdf},
 * except where that name would begin with {@code .} or {@code -}, be a Windows device name, or equal
 * another active agency's name ignoring case. Such an agency's file is its id with a leading {@code .}
 * or {@code -} made {@code _}, then {@code ~} and the first 12 hexadecimal digits of the SHA-256 of the
 * id ({@code CON~a3dbc4b644a9.pdf}). No id holds {@code ~}, so such a name can never be another
 * agency's file, and it depends on the id alone: an agency keeps its file whatever else changes.
 */
public final class ScorecardNames {

    /**
     * Windows' device names. Windows takes a name for the device when its part before the first
     * {@code .} is one ({@code NUL.txt}, {@code NUL.tar.gz}), so that is the part tested.
     */
    private static final Pattern DEVICE = Pattern.compile("(?i)CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9]");
    private static final int HASH_DIGITS = 12;

    private ScorecardNames() {
    }

    /**
     * @param agencyIds the active agencies' ids (SPEC 1.2: {@code A-Z a-z 0-9 . _ -}, never {@code ~})
     * @return each id's file name, in {@code agency_id} order; the same ids give the same names
     */
    public static Map<String, String> of(List<String> agencyIds) {
        return of(agencyIds, ".pdf");
    }

    /**
     * The same names with another extension: the agencies' kits ({@code .xlsx}, SPEC 10.3) are named as
     * their scorecards, so that an agency finds its two files under one name.
     *
     * @param agencyIds the active agencies' ids
     * @param extension the files' extension with its dot, {@code .xlsx}
     * @return each id's file name, in {@code agency_id} order
     */
    public static Map<String, String> of(List<String> agencyIds, String extension) {
        TreeSet<String> ids = new TreeSet<>(agencyIds);
        Map<String, Integer> byCase = new HashMap<>();
        for (String id : ids) {
            byCase.merge(id.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (String id : ids) {
            boolean plain = !startsBadly(id) && !isDeviceName(id) && byCase.get(id.toLowerCase(Locale.ROOT)) == 1;
            names.put(id, (plain ? id : hashed(id)) + extension);
        }
        return names;
    }

    /** A name beginning with {@code .} is hidden; one beginning with {@code -} is taken for an option by shell tools. */
    private static boolean startsBadly(String name) {
        return name.startsWith(".") || name.startsWith("-");
    }

    /**
     * @param base a file name without its {@code .pdf}
     * @return whether Windows would take {@code base.pdf} for a device: its part before the first
     *         {@code .} is a device name, in any case
     */
    static boolean isDeviceName(String base) {
        int dot = base.indexOf('.');
        return DEVICE.matcher(dot < 0 ? base : base.substring(0, dot)).matches();
    }

    /**
     * The name that can be no other agency's: the id with a leading {@code .} or {@code -} made
     * {@code _}, then {@code ~} and the hash. An id that is a device name only by its part before a
     * {@code .} ({@code COM1.x}) would keep that part in front; its first {@code .} is made {@code _}
     * too ({@code COM1_x~…}), or Windows would still take the name for the device.
     */
    private static String hashed(String id) {
        String base = startsBadly(id) ? "_" + id.substring(1) : id;
        if (isDeviceName(base) && base.indexOf('.') >= 0) {
            base = base.replaceFirst("\\.", "_");
        }
        return base + "~" + sha256(id).substring(0, HASH_DIGITS);
    }

    private static String sha256(String id) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
