package id.go.pcm.batch.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test data: a small month of a regency's communication office (SPEC 9), 2024-09, of its own types of
 * body (DINAS, KECAMATAN, DESA under a KECAMATAN), with faults of the general rules of SPEC 9.1 that the
 * national types would judge otherwise (with them every DINAS, KECAMATAN and DESA row is a BAD_VALUE
 * type and the province is accepted). Kecamatan and desa names and codes are Kutai Timur's.
 */
final class RegionalMonth {

    /** The regency's types: offices, districts with a code, villages under a district. */
    static final String TYPES = """
            type,name,name_en,parent_type,region_code
            DINAS,Dinas,Office,,
            KECAMATAN,Kecamatan,District,,NN.NN.NN
            DESA,Desa,Village,KECAMATAN,NN.NN.NN.NNNN
            """;

    /** The same types with a parent type that names no row: refused at line 4, column parent_type. */
    static final String FAULTY_TYPES = """
            type,name,name_en,parent_type,region_code
            DINAS,Dinas,Office,,
            KECAMATAN,Kecamatan,District,,NN.NN.NN
            DESA,Desa,Village,KELURAHAN,NN.NN.NN.NNNN
            """;

    static final String AGENCIES = """
            agency_id,name,type,parent_id,region_code,active_from,active_until
            DISKOMINFO,"Dinas Komunikasi, Informatika, Statistik dan Persandian",DINAS,,,,
            DINKES,Dinas Kesehatan,dinas,,,,
            KEC-SANGATTA-UTARA,Kecamatan Sangatta Utara,KECAMATAN,,64.08.04,,
            KEC-BENGALON,Kecamatan Bengalon,Kecamatan,,64.08.09,,
            DESA-SANGATTA-UTARA,Desa Sangatta Utara,DESA,KEC-SANGATTA-UTARA,64.08.04.2001,,
            DESA-MUARA-BENGALON,Desa Muara Bengalon,DESA,KEC-SANGATTA-UTARA,64.08.09.2008,,
            DESA-TANPA-INDUK,Desa Tanpa Induk,DESA,,64.08.04.2002,,
            DINAS-PARIWISATA,Dinas Pariwisata,DINAS,DISKOMINFO,,,
            PROV-KALTIM,Provinsi Kalimantan Timur,PROVINSI,,64,,
            """;

    static final String NARRATIVES = """
            narrative_id,title,program,issued_at,priority,due_hours,targets
            N1,Gerakan Etam Mengaji,etam-mengaji,2024-09-02T09:00:00+07:00,TINGGI,,DINAS|KECAMATAN
            N2,Makan Bergizi Gratis,makan-bergizi-gratis,2024-09-03T09:00:00+07:00,,,desa|DINKES
            N3,Sekolah Rakyat,sekolah-rakyat,2024-09-04T09:00:00+07:00,,,KABUPATEN
            """;

    static final String REPORTS = """
            report_id,agency_id,period,submitted_at,policies_count,activities_count,has_data,has_agenda
            R1,DISKOMINFO,2024-09,2024-10-03T10:00:00+07:00,2,5,ya,ya
            R2,KEC-SANGATTA-UTARA,2024-09,2024-10-06T10:00:00+07:00,1,3,ya,tidak
            R3,DESA-SANGATTA-UTARA,2024-09,2024-10-02T10:00:00+07:00,0,1,ya,ya
            R4,DESA-MUARA-BENGALON,2024-09,2024-10-02T10:00:00+07:00,1,1,ya,ya
            """;

    static final String DISSEMINATION = """
            evidence_id,narrative_id,agency_id,channel,published_at,url,proof_sha256,reach,engagement
            E1,N1,DISKOMINFO,WEBSITE,2024-09-02T12:00:00+07:00,https://diskominfo.kutaitimurkab.go.id/berita/1,,,
            E2,N1,KEC-BENGALON,INSTAGRAM,2024-09-03T10:00:00+07:00,https://www.instagram.com/p/bengalon1,,,
            E3,N2,DESA-SANGATTA-UTARA,OUTDOOR,2024-09-04T10:00:00+07:00,,ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef0123456789,,
            E4,N3,DINKES,WEBSITE,2024-09-05T10:00:00+07:00,https://dinkes.kutaitimurkab.go.id/berita/1,,,
            """;

    static final String MEDIA = """
            item_id,published_at,outlet,media_type,program,sentiment,reach,narrative_id,url
            M1,2024-09-05T10:00:00+07:00,Kaltim Post,ONLINE,etam-mengaji,POSITIF,,N1,
            M2,2024-09-06T10:00:00+07:00,Tribun Kaltim,PRINT,,NETRAL,,,
            """;

    private RegionalMonth() {
    }

    /**
     * Writes the five files, and {@code types.csv} when asked, into a folder.
     *
     * @param folder    the folder, created when missing
     * @param withTypes whether the folder holds the month's {@code types.csv}
     * @return the folder
     */
    static Path write(Path folder, boolean withTypes) {
        try {
            Files.createDirectories(folder);
            if (withTypes) {
                Files.writeString(folder.resolve("types.csv"), TYPES, StandardCharsets.UTF_8);
            }
            Files.writeString(folder.resolve("agencies.csv"), AGENCIES, StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("narratives.csv"), NARRATIVES, StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("reports.csv"), REPORTS, StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("dissemination.csv"), DISSEMINATION, StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("media.csv"), MEDIA, StandardCharsets.UTF_8);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
