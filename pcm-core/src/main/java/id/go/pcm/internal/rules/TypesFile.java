package id.go.pcm.internal.rules;

import id.go.pcm.agency.AgencyType;
import id.go.pcm.agency.AgencyTypes;
import id.go.pcm.csv.UnusableFileException;
import id.go.pcm.internal.Values;
import id.go.pcm.internal.csv.Columns;
import id.go.pcm.internal.csv.RowFile;
import id.go.pcm.validation.Row;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of {@code types.csv} (SPEC 9.1). It is reference data, written once and changed rarely, so
 * a fault is no rejected row: the whole file is refused, naming the first fault's line and column.
 * {@link AgencyTypes#of} applies the same rules to types an embedding system holds.
 */
public final class TypesFile {

    /** Its columns. */
    public static final Columns COLUMNS = new Columns(List.of("type", "name"), List.of("name_en", "parent_type", "region_code"));
    /** A type: 1–40 characters of {@code A-Z 0-9 _}, not {@code ALL} (a word of {@code targets}). */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,40}");
    /** The four shapes of a Kemendagri code: province, regency or city, kecamatan, desa or kelurahan. */
    private static final Pattern SHAPE = Pattern.compile("NN|NN\\.NN|NN\\.NN\\.NN|NN\\.NN\\.NN\\.NNNN");
    /** The longest name a document prints. */
    private static final int NAME_LENGTH = 100;

    private TypesFile() {
    }

    /**
     * @param code a type's code
     * @return whether it is 1–40 characters of {@code A-Z 0-9 _} and not {@code ALL}
     */
    public static boolean isCode(String code) {
        return CODE.matcher(code).matches() && !code.equals("ALL");
    }

    /**
     * @param name a type's name in either language
     * @return whether it is 1–100 characters
     */
    public static boolean isName(String name) {
        return !name.isBlank() && Values.length(name) <= NAME_LENGTH;
    }

    /**
     * @param shape a code shape
     * @return whether it is one of {@code NN}, {@code NN.NN}, {@code NN.NN.NN}, {@code NN.NN.NN.NNNN}
     */
    public static boolean isShape(String shape) {
        return SHAPE.matcher(shape).matches();
    }

    /**
     * Reads an open {@code types.csv} to its end: a fault refuses the whole file (it is reference data,
     * written once), with the line and column of the first one.
     *
     * @param csv the file, positioned after its header
     * @return its types
     * @throws UnusableFileException naming the first fault's line and column
     */
    public static AgencyTypes read(RowFile csv) {
        List<AgencyType> types = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        Map<String, Long> codes = new HashMap<>();
        Map<String, Long> names = new HashMap<>();
        for (Row row = csv.nextRow(); row != null; row = csv.nextRow()) {
            long line = row.line();
            if (row.malformed()) {
                throw refusal(csv, line, "types.malformed", row.fieldCount(), row.headerCount());
            }
            String code = row.value("type");
            String name = row.value("name");
            String nameEn = row.value("name_en");
            String shape = row.value("region_code");
            if (code == null) {
                throw refusal(csv, line, "types.missing", "type");
            }
            if (!isCode(code)) {
                throw refusal(csv, line, "types.bad_code", code);
            }
            Long earlier = codes.putIfAbsent(code, line);
            if (earlier != null) {
                throw refusal(csv, line, "types.duplicate", "type", code, earlier);
            }
            if (name == null) {
                throw refusal(csv, line, "types.missing", "name");
            }
            for (String[] column : new String[][]{{"name", name}, {"name_en", nameEn}}) {
                if (column[1] != null && Values.length(column[1]) > NAME_LENGTH) {
                    throw refusal(csv, line, "types.bad_length", column[0], Values.length(column[1]), NAME_LENGTH);
                }
            }
            earlier = names.putIfAbsent(name.toLowerCase(Locale.ROOT), line);
            if (earlier != null) {
                throw refusal(csv, line, "types.duplicate", "name", name, earlier);
            }
            if (shape != null && !isShape(shape)) {
                throw refusal(csv, line, "types.bad_shape", shape);
            }
            types.add(new AgencyType(code, name, nameEn, row.value("parent_type"), shape));
            lines.add(line);
        }
        if (types.isEmpty()) {
            throw new UnusableFileException(csv.name(), 0, "types.no_rows");
        }
        Optional<Fault> fault = relationFault(types);
        if (fault.isPresent()) {
            Fault f = fault.get();
            throw refusal(csv, lines.get(f.index()), f.key(), f.args(types));
        }
        return AgencyTypes.of(types);
    }

    private static UnusableFileException refusal(RowFile csv, long line, String key, Object... args) {
        return new UnusableFileException(csv.name(), line, key, args);
    }

    /** A fault in how the types relate: the row at fault, and its message's key. */
    public record Fault(int index, String key) {
        Object[] args(List<AgencyType> types) {
            AgencyType type = types.get(index);
            AgencyType parent = types.stream().filter(t -> t.code().equals(type.parentCode())).findFirst().orElse(null);
            return new Object[]{type.code(), type.parentCode(), type.regionShape(), parent == null ? null : parent.regionShape()};
        }

        /**
         * @param types the types at fault
         * @return the message in English, the row counted from 1
         */
        public String english(List<AgencyType> types) {
            return new UnusableFileException("types", index + 1L, key, args(types)).getMessage();
        }
    }

    /**
     * SPEC 9.1's rules between rows: codes and names (ignoring case) once each, a parent type that is
     * another row, no loop, and a shape that extends the parent type's.
     */
    /**
     * @param types the types, in order
     * @return the first fault between rows, or empty
     */
    public static Optional<Fault> relationFault(List<AgencyType> types) {
        Map<String, AgencyType> byCode = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < types.size(); i++) {
            AgencyType type = types.get(i);
            if (byCode.putIfAbsent(type.code(), type) != null) {
                return Optional.of(new Fault(i, "types.duplicate_code"));
            }
            if (!names.add(type.nameId().toLowerCase(Locale.ROOT))) {
                return Optional.of(new Fault(i, "types.duplicate_name"));
            }
        }
        for (int i = 0; i < types.size(); i++) {
            AgencyType type = types.get(i);
            if (!type.hasParent()) {
                continue;
            }
            if (type.parentCode().equals(type.code())) {
                return Optional.of(new Fault(i, "types.own_parent"));
            }
            AgencyType parent = byCode.get(type.parentCode());
            if (parent == null) {
                return Optional.of(new Fault(i, "types.unknown_parent"));
            }
        }
        for (int i = 0; i < types.size(); i++) {
            if (inLoop(types.get(i), byCode)) {
                return Optional.of(new Fault(i, "types.loop"));
            }
        }
        for (int i = 0; i < types.size(); i++) {
            AgencyType type = types.get(i);
            AgencyType parent = type.hasParent() ? byCode.get(type.parentCode()) : null;
            if (parent != null && type.hasRegionCode()
                    && (!parent.hasRegionCode() || !type.regionShape().startsWith(parent.regionShape() + "."))) {
                return Optional.of(new Fault(i, parent.hasRegionCode() ? "types.shape_parent" : "types.shape_no_parent_shape"));
            }
        }
        return Optional.empty();
    }

    private static boolean inLoop(AgencyType start, Map<String, AgencyType> byCode) {
        Set<String> seen = new HashSet<>();
        for (AgencyType type = start; type != null && type.hasParent(); type = byCode.get(type.parentCode())) {
            if (!seen.add(type.code())) {
                return true;
            }
        }
        return false;
    }

}
