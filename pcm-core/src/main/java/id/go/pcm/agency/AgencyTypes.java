package id.go.pcm.agency;

import id.go.pcm.csv.UnusableFileException;
import id.go.pcm.internal.csv.RowFile;
import id.go.pcm.internal.rules.TypesFile;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The types of body a month evaluates, in the order documents list them (SPEC 9.1): the national K/L/D
 * types, or a regional office's {@code types.csv}. Immutable and thread-safe.
 *
 * <pre>{@code
 * AgencyTypes types = AgencyTypes.read(folder.resolve("types.csv"));
 * MonevResult result = Monev.of(period, asOf).withTypes(types).evaluate(folder);
 * }</pre>
 */
public final class AgencyTypes {

    /** The file's name in a month folder. */
    public static final String FILE_NAME = "types.csv";

    private static final AgencyTypes NATIONAL = new AgencyTypes(List.of(AgencyType.KEMENTERIAN, AgencyType.LEMBAGA,
            AgencyType.PROVINSI, AgencyType.KABUPATEN, AgencyType.KOTA));

    private final List<AgencyType> all;
    private final Map<String, AgencyType> byWord;
    private final Map<String, Integer> order;
    private final Set<String> parents;
    private final List<AgencyType> topDown;

    private AgencyTypes(List<AgencyType> types) {
        this.all = List.copyOf(types);
        Map<String, AgencyType> words = new HashMap<>();
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            words.put(all.get(i).code().toUpperCase(Locale.ROOT), all.get(i));
            positions.put(all.get(i).code(), i);
        }
        this.byWord = Map.copyOf(words);
        this.order = Map.copyOf(positions);
        this.parents = all.stream().map(AgencyType::parentCode).filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
        this.topDown = all.stream().sorted(Comparator.comparingInt(this::depth)).toList(); // stable: file order within a depth
    }

    /** @return the national types (SPEC 9.1's table), which a month without {@code types.csv} has */
    public static AgencyTypes national() {
        return NATIONAL;
    }

    /**
     * Types an embedding system holds, checked as a {@code types.csv} would be (SPEC 9.1).
     *
     * @param types the types, in the order documents list them
     * @return the month's types
     * @throws IllegalArgumentException when they break SPEC 9.1 (a code or name twice, an unknown or own
     *                                  parent type, a loop, a shape that does not extend its parent's)
     */
    public static AgencyTypes of(List<AgencyType> types) {
        List<AgencyType> list = List.copyOf(types);
        TypesFile.relationFault(list).ifPresent(fault -> {
            throw new IllegalArgumentException(fault.english(list));
        });
        return list.equals(NATIONAL.all) ? NATIONAL : new AgencyTypes(list);
    }

    /**
     * Reads a {@code types.csv}.
     *
     * @param path the file
     * @return its types
     * @throws UnusableFileException when the file is missing, unusable (SPEC 1.1) or breaks SPEC 9.1,
     *                               naming its line and column
     */
    public static AgencyTypes read(Path path) {
        try (RowFile csv = RowFile.open(path, TypesFile.COLUMNS)) {
            return TypesFile.read(csv);
        }
    }

    /**
     * Reads a {@code types.csv} from a stream (an upload).
     *
     * @param fileName the name messages give the file
     * @param in       its bytes; closed when read
     * @return its types
     * @throws UnusableFileException when the stream is unusable (SPEC 1.1) or breaks SPEC 9.1
     */
    public static AgencyTypes read(String fileName, InputStream in) {
        try (RowFile csv = RowFile.open(fileName, in, TypesFile.COLUMNS)) {
            return TypesFile.read(csv);
        }
    }

    private int depth(AgencyType type) {
        int depth = 0;
        for (AgencyType t = type; t.hasParent(); t = byWord.get(t.parentCode().toUpperCase(Locale.ROOT))) {
            depth++;
        }
        return depth;
    }

    /** @return the types in the order documents list them (the file's order) */
    public List<AgencyType> all() {
        return all;
    }

    /**
     * @param word a type as a file writes it, in any case ({@code kota})
     * @return the type, or empty when the word names none of these types
     */
    public Optional<AgencyType> find(String word) {
        return Optional.ofNullable(byWord.get(word.toUpperCase(Locale.ROOT)));
    }

    /**
     * @param type one of these types
     * @return the type of its agencies' parent, or empty when it has none
     */
    public Optional<AgencyType> parentOf(AgencyType type) {
        return type.hasParent() ? find(type.parentCode()) : Optional.empty();
    }

    /**
     * @param type one of these types
     * @return whether some type's agencies have agencies of this type as parent (nationally, a
     *         {@code PROVINSI}): its scorecard lists its children (SPEC 9.3)
     */
    public boolean isParent(AgencyType type) {
        return parents.contains(type.code());
    }

    /** @return the types from the top down: each type before the types whose parent it is, else in file order */
    public List<AgencyType> topDown() {
        return topDown;
    }

    /** @return a comparator of types in the order documents list them */
    public Comparator<AgencyType> order() {
        return Comparator.comparingInt(type -> order.getOrDefault(type.code(), Integer.MAX_VALUE));
    }

    /** @return whether these are the national types of SPEC 9.1's table, names included */
    public boolean isNational() {
        return this == NATIONAL;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgencyTypes types && all.equals(types.all);
    }

    @Override
    public int hashCode() {
        return all.hashCode();
    }

    @Override
    public String toString() {
        return all.stream().map(AgencyType::code).collect(Collectors.joining("|"));
    }
}
