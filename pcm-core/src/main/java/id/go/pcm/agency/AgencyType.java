package id.go.pcm.agency;

import id.go.pcm.Language;

import id.go.pcm.internal.rules.TypesFile;

import java.util.Objects;

/**
 * A type of body a month evaluates (SPEC 9.1): the national K/L/D types, or those of a regional office's
 * {@code types.csv} (its secretariat, its dinas, its kecamatan and their desa). Types are data, not code:
 * a month's types are its {@link AgencyTypes}, and the rules that depend on a type read its parent type
 * and the shape of its region code from here.
 *
 * @param code        the type as files write it, {@code A-Z 0-9 _}, for example {@code KABUPATEN}
 * @param nameId      the type as documents print it in Indonesian, for example {@code Kabupaten}
 * @param nameEn      the same in English, or {@code null} when not given (then {@code nameId} is printed)
 * @param parentCode  the code of the type every agency of this type has as parent, or {@code null} for none
 * @param regionShape the shape of its agencies' Kemendagri code, {@code N} for a digit ({@code NN.NN}), or
 *                    {@code null} when they carry none
 */
public record AgencyType(String code, String nameId, String nameEn, String parentCode, String regionShape) {

    /** A ministry (kementerian). */
    public static final AgencyType KEMENTERIAN = new AgencyType("KEMENTERIAN", "Kementerian", "Ministry", null, null);
    /** A non-ministerial agency (lembaga). */
    public static final AgencyType LEMBAGA = new AgencyType("LEMBAGA", "Lembaga", "Agency", null, null);
    /** A provincial government, whose code is {@code NN}. */
    public static final AgencyType PROVINSI = new AgencyType("PROVINSI", "Provinsi", "Province", null, "NN");
    /** A regency government (kabupaten), under a province, whose code is {@code NN.NN}. */
    public static final AgencyType KABUPATEN = new AgencyType("KABUPATEN", "Kabupaten", "Regency", "PROVINSI", "NN.NN");
    /** A city government (kota), under a province, whose code is {@code NN.NN}. */
    public static final AgencyType KOTA = new AgencyType("KOTA", "Kota", "City", "PROVINSI", "NN.NN");

    /**
     * Checks each part on its own; how types relate to each other is {@link AgencyTypes}' to check.
     *
     * @param code the type as files write it, {@code A-Z 0-9 _}, for example {@code KABUPATEN}
     * @param nameId the type as documents print it in Indonesian, for example {@code Kabupaten}
     * @param nameEn the same in English, or {@code null} when not given
     * @param parentCode the code of the type of its agencies' parent, or {@code null} for none
     * @param regionShape the shape of its agencies' Kemendagri code, or {@code null} when they carry none
     * @throws IllegalArgumentException when a part breaks SPEC 9.1
     */
    public AgencyType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameId, "nameId");
        if (!TypesFile.isCode(code)) {
            throw new IllegalArgumentException("type " + code + " is not 1-40 characters of A-Z 0-9 _ (nor ALL)");
        }
        if (!TypesFile.isName(nameId) || nameEn != null && !TypesFile.isName(nameEn)) {
            throw new IllegalArgumentException("the names of type " + code + " are not 1-100 characters");
        }
        if (regionShape != null && !TypesFile.isShape(regionShape)) {
            throw new IllegalArgumentException("region shape " + regionShape + " of type " + code + " is none of NN, NN.NN, NN.NN.NN, NN.NN.NN.NNNN");
        }
    }

    /**
     * @param language the document's language
     * @return the type's name as that document prints it
     */
    public String name(Language language) {
        return language == Language.EN && nameEn != null ? nameEn : nameId;
    }

    /** @return whether every agency of this type has a parent agency */
    public boolean hasParent() {
        return parentCode != null;
    }

    /** @return whether agencies of this type carry a Kemendagri region code */
    public boolean hasRegionCode() {
        return regionShape != null;
    }

    /**
     * @param regionCode a region code as a file writes it
     * @return whether it has this type's shape, each {@code N} one digit
     */
    public boolean fitsShape(String regionCode) {
        if (regionShape == null || regionCode.length() != regionShape.length()) {
            return false;
        }
        for (int i = 0; i < regionShape.length(); i++) {
            char c = regionCode.charAt(i);
            if (regionShape.charAt(i) == 'N' ? c < '0' || c > '9' : c != regionShape.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** @return the code, as files and messages write the type */
    @Override
    public String toString() {
        return code;
    }
}
