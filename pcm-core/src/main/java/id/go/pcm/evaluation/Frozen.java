package id.go.pcm.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Immutable copies that keep their order. {@code Map.copyOf} would not: its iteration order changes
 * from one JVM to the next, and the figures must be written byte for byte the same every run.
 */
final class Frozen {

    private Frozen() {
    }

    static <K, V> Map<K, V> map(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    static <T> List<T> list(List<T> list) {
        return List.copyOf(list);
    }
}
