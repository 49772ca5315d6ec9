package id.go.pcm.batch.report;

import id.go.pcm.Language;
import id.go.pcm.agency.AgencyType;
import id.go.pcm.agency.AgencyTypes;
import id.go.pcm.batch.Texts;

import java.util.List;

/**
 * How the documents name a month's types of body (SPEC 9.3): a regional month's {@code types.csv} gives
 * one name per language, printed as given; the national types keep the report's own words, which have
 * English plurals for headings ("Regencies") beside the singular ("Regency").
 */
final class TypeNames {

    private final AgencyTypes types;
    private final Texts texts;
    private final Language language;

    TypeNames(AgencyTypes types, Texts texts) {
        this.types = types;
        this.texts = texts;
        this.language = Language.ofCode(texts.locale().getLanguage()).orElse(Language.ID);
    }

    /** @return one agency's type, as a table cell prints it ({@code Kabupaten}, {@code Regency}) */
    String one(AgencyType type) {
        return types.isNational() ? texts.get("type." + type.code()) : type.name(language);
    }

    /** @return the agencies of a type, as a heading or chart category prints them ({@code Regencies}) */
    String many(AgencyType type) {
        return types.isNational() ? texts.get("types." + type.code()) : type.name(language);
    }

    /** @return the agencies of a type inside a sentence ({@code kabupaten}, {@code regencies}) */
    String manyInText(AgencyType type) {
        return many(type).toLowerCase(texts.locale());
    }

    /** @return one agency's type inside a sentence ({@code kecamatan}, {@code district}) */
    String oneInText(AgencyType type) {
        return one(type).toLowerCase(texts.locale());
    }

    /**
     * @param parent a parent type
     * @param word   {@code words.and} or {@code words.or}
     * @return the types whose parent it is, inside a sentence ({@code desa dan kelurahan})
     */
    String childrenInText(AgencyType parent, String word) {
        List<String> names = types.all().stream().filter(t -> parent.code().equals(t.parentCode())).map(this::manyInText).toList();
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + texts.get(word) + " " + names.get(names.size() - 1);
    }
}
