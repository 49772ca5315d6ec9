package id.go.pcm.agency;

import id.go.pcm.internal.Vocabulary;

import java.util.List;
import java.util.Optional;

/**
 * The kinds of K/L/D bound by Inpres 9/2015: central bodies (ministries and non-ministerial
 * agencies) and regional governments (provinces, regencies, cities).
 */
public enum AgencyType {
    /** A ministry (kementerian). */
    KEMENTERIAN,
    /** A non-ministerial agency (lembaga). */
    LEMBAGA,
    /** A provincial government. */
    PROVINSI,
    /** A regency government (kabupaten), under a province. */
    KABUPATEN,
    /** A city government (kota), under a province. */
    KOTA;

    private static final Vocabulary<AgencyType> WORDS = Vocabulary.of(AgencyType.class, t -> List.of());

    /**
     * Reads an agency type in any case.
     *
     * @param word the trimmed word
     * @return the type, or empty when the word names none
     */
    public static Optional<AgencyType> parse(String word) {
        return WORDS.find(word);
    }

    /** @return whether this is a regional government, which has a Kemendagri region code */
    public boolean isRegional() {
        return this == PROVINSI || this == KABUPATEN || this == KOTA;
    }

    /** @return whether this type sits under a province ({@code KABUPATEN}, {@code KOTA}) */
    public boolean hasParentProvince() {
        return this == KABUPATEN || this == KOTA;
    }
}
