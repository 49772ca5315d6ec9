package id.go.pcm.batch.output;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The file name of each agency's scorecard in {@code pcm-rapor-YYYY-MM/} (SPEC 7): {@code <agency_id>.pdf},
 * except that an id that would make a hidden file or a Windows device name, or that equals another
 * active id ignoring case, gets a leading {@code _}, and names still equal ignoring case get
 * {@code -2}, {@code -3}, … in {@code agency_id} order. So every folder unpacks on every system with
 * one file per agency.
 */
public final class ScorecardNames {

    /** Windows' device names, which no file may take, whatever its extension. */
    private static final Pattern DEVICE = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?");

    private ScorecardNames() {
    }

    /**
     * @param agencyIds the active agencies' ids
     * @return each id's file name, in {@code agency_id} order
     */
    public static Map<String, String> of(List<String> agencyIds) {
        Set<String> ids = new TreeSet<>(agencyIds);
        Map<String, Integer> byCase = new HashMap<>();
        for (String id : ids) {
            byCase.merge(id.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String id : ids) {
            boolean prefixed = id.startsWith(".") || DEVICE.matcher(id).matches() || byCase.get(id.toLowerCase(Locale.ROOT)) > 1;
            String base = prefixed ? "_" + id : id;
            String name = base;
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = base + "-" + n;
            }
            names.put(id, name + ".pdf");
        }
        return names;
    }
}
