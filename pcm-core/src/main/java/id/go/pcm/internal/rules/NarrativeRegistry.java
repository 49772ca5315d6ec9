package id.go.pcm.internal.rules;

import id.go.pcm.narrative.Narrative;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The accepted narratives of a month, by id, in file order. Immutable. */
public final class NarrativeRegistry {

    private final Map<String, Narrative> byId;

    /**
     * A registry of accepted narratives.
     *
     * @param accepted the accepted narratives, in file order, ids unique
     * @throws IllegalArgumentException when two narratives share an id
     */
    public NarrativeRegistry(Collection<Narrative> accepted) {
        Map<String, Narrative> map = new LinkedHashMap<>();
        for (Narrative narrative : accepted) {
            if (map.put(narrative.id(), narrative) != null) {
                throw new IllegalArgumentException("narrative id " + narrative.id() + " appears twice");
            }
        }
        this.byId = Collections.unmodifiableMap(map);
    }

    /**
     * Finds an accepted narrative.
     *
     * @param id the narrative id, case-sensitive
     * @return the narrative, or empty when no accepted row has that id
     */
    public Optional<Narrative> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** @return every accepted narrative, in file order */
    public Collection<Narrative> all() {
        return byId.values();
    }

    /** @return the number of accepted narratives */
    public int size() {
        return byId.size();
    }
}
