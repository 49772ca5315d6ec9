package id.go.pcm.batch.kit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --kits} as the operator runs it (SPEC 10.3): a kit per active agency, named as its scorecard;
 * the same bytes for the same inputs, options and as-of; the folder whole or not at all; the exit
 * statuses; a regional office's types, zone and words.
 */
class KitCommandTest {

    private static final String AS_OF = "--as-of=2024-10-01T00:00:00+07:00";

    @TempDir
    Path out;
    @TempDir
    Path home;
    @TempDir
    Path elsewhere;

    @Test
    void everyActiveAgencyGetsAKitAndTheSameInputsGiveTheSameBytes() throws Exception {
        KitRun first = KitRun.of(home, "--period=2024-09", "--input=" + KitRun.NATIONAL, "--output=" + out.resolve("a"), AS_OF);
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("596 kits of 2024-09"), first.out());
        KitRun second = KitRun.of(home, "--period=2024-09", "--input=" + KitRun.NATIONAL, "--output=" + out.resolve("b"), AS_OF);
        assertEquals(0, second.exit(), second.err());
        Map<String, byte[]> a = files(out.resolve("a").resolve("pcm-kit-2024-09"));
        Map<String, byte[]> b = files(out.resolve("b").resolve("pcm-kit-2024-09"));
        assertEquals(596, a.size()); // 598 accepted agencies, 2 of them inactive in September 2024
        assertEquals(a.keySet(), b.keySet());
        a.forEach((name, bytes) -> assertArrayEquals(bytes, b.get(name), name));
        // the as-of is what the kit records, not the time of writing
        KitRun later = KitRun.of(home, "--period=2024-09", "--input=" + KitRun.NATIONAL, "--output=" + out.resolve("c"),
                "--as-of=2024-10-02T00:00:00+07:00");
        assertEquals(0, later.exit(), later.err());
        assertFalse(java.util.Arrays.equals(a.get("KEMENDAGRI.xlsx"),
                Files.readAllBytes(out.resolve("c").resolve("pcm-kit-2024-09").resolve("KEMENDAGRI.xlsx"))));
    }

    @Test
    void oddIdsAreNamedAsTheirScorecards() throws Exception {
        Path month = Files.createDirectories(out.resolve("month"));
        Files.writeString(month.resolve("agencies.csv"), """
                agency_id,name,type,parent_id,region_code,active_from,active_until
                CON,Kantor Con,KEMENTERIAN,,,,
                .x,Lembaga Titik,LEMBAGA,,,,
                Abc,Lembaga Abc,LEMBAGA,,,,
                abc,Lembaga abc,LEMBAGA,,,,
                PLAIN,Lembaga Biasa,LEMBAGA,,,,
                """);
        Files.writeString(month.resolve("narratives.csv"), "narrative_id,title,program,issued_at,priority,due_hours,targets\n");
        KitRun run = KitRun.of(home, "--period=2024-09", "--input=" + month, "--output=" + out.resolve("o"), AS_OF);
        assertEquals(0, run.exit(), run.err());
        List<String> names;
        try (Stream<Path> files = Files.list(out.resolve("o").resolve("pcm-kit-2024-09"))) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(Stream.of("CON~" + hash("CON"), "_x~" + hash(".x"), "Abc~" + hash("Abc"), "abc~" + hash("abc"), "PLAIN")
                .map(n -> n + ".xlsx").sorted().toList(), names);
        // a month without narratives: the list has none to offer, the message is still there
        KitXml kit = new KitXml(out.resolve("o").resolve("pcm-kit-2024-09").resolve("PLAIN.xlsx"));
        KitXml.Validation narrative = kit.validations("dissemination").get(1);
        assertEquals("narrative_id", narrative.promptTitle());
        assertEquals("", narrative.type());
        assertTrue(kit.cells("petunjuk").containsValue("Bulan ini tidak ada narasi yang ditujukan kepada instansi ini."));
    }

    @Test
    void aNewKitFolderReplacesTheEarlierOneWhole() throws Exception {
        Path earlier = Files.createDirectories(out.resolve("pcm-kit-2024-09"));
        Files.writeString(earlier.resolve("GONE.xlsx"), "an agency of an earlier run");
        KitRun run = KitRun.of(home, "--period=2024-09", "--input=" + KitRun.NATIONAL, "--output=" + out, AS_OF);
        assertEquals(0, run.exit(), run.err());
        assertFalse(Files.exists(earlier.resolve("GONE.xlsx")));
        assertEquals(596, files(earlier).size());
        assertEquals(List.of("pcm-kit-2024-09"), entries(out)); // nothing hidden left behind
    }

    @Test
    void aFailedRunLeavesTheEarlierFolderAsItWas() throws Exception {
        Path earlier = Files.createDirectories(out.resolve("pcm-kit-2024-09"));
        Files.writeString(earlier.resolve("KEEP.xlsx"), "kept");
        Path month = elsewhere;
        Files.copy(KitRun.NATIONAL.resolve("agencies.csv"), month.resolve("agencies.csv"));
        KitRun missing = KitRun.of(home, "--period=2024-09", "--input=" + month, "--output=" + out, AS_OF);
        assertEquals(3, missing.exit());
        assertTrue(missing.err().contains("narratives.csv"), missing.err());
        assertEquals(List.of("KEEP.xlsx"), entries(earlier));
        assertEquals(List.of("pcm-kit-2024-09"), entries(out));
    }

    @Test
    void aFileWhereTheFolderGoesFailsTheRunAndIsLeftAlone() throws Exception {
        Files.writeString(out.resolve("pcm-kit-2024-09"), "not a folder");
        KitRun run = KitRun.of(home, "--period=2024-09", "--input=" + KitRun.NATIONAL, "--output=" + out, AS_OF);
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("pcm: ") && run.err().contains("pcm-kit-2024-09"), run.err());
        assertEquals("not a folder", Files.readString(out.resolve("pcm-kit-2024-09")));
        assertEquals(List.of("pcm-kit-2024-09"), entries(out));
    }

    @Test
    void badArgumentsAreStatusTwo() {
        String input = "--input=" + KitRun.NATIONAL;
        String output = "--output=" + out;
        for (List<String> args : List.of(List.of("--period=2024-13", input, output),
                List.of("--period=2024-09", output),
                List.of("--period=2024-09", input),
                List.of("--period=2024-09", "--input=" + KitRun.NATIONAL.resolve("agencies.csv"), output),
                List.of("--period=2024-09", input, output, "--max-reject-ratio=0.5"),
                List.of("--period=2024-09", input, output, "--sender=KEMENDAGRI"),
                List.of("--period=2024-09", input, output, "--check"),
                List.of("--period=2024-09", input, output, "--lang=fr"),
                List.of("--period=2024-09", input, output, "--as-of=2024-08-31T00:00:00+07:00"))) {
            KitRun run = KitRun.of(home, args.toArray(String[]::new));
            assertEquals(2, run.exit(), args + ": " + run.err());
            assertTrue(run.err().startsWith("pcm: ") && run.err().strip().lines().count() == 1, run.err());
        }
    }

    @Test
    void anUnusableReferenceFileIsStatusThree() throws Exception {
        Path month = Files.createDirectories(out.resolve("month"));
        Files.write(month.resolve("agencies.csv"), "agency_id,name,type\nX,Caf\u00e9,LEMBAGA\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.copy(KitRun.NATIONAL.resolve("narratives.csv"), month.resolve("narratives.csv"));
        KitRun run = KitRun.of(home, "--period=2024-09", "--input=" + month, "--output=" + out.resolve("o"), AS_OF);
        assertEquals(3, run.exit());
        assertTrue(run.err().contains("agencies.csv"), run.err());
        assertFalse(Files.exists(out.resolve("o").resolve("pcm-kit-2024-09")));
    }

    @Test
    void aRegionalOfficeGetsItsTypesZoneAndWords() throws Exception {
        KitRun run = KitRun.of(home, "--period=2024-09", "--input=" + KitRun.KUTAI_TIMUR, "--output=" + out, AS_OF,
                "--pcm.zone=Asia/Makassar", "--pcm.report.agencies-word=perangkat daerah",
                "--pcm.report.issuer=Dinas Kominfo Kabupaten Kutai Timur");
        assertEquals(0, run.exit(), run.err());
        String agencies = Files.readString(KitRun.KUTAI_TIMUR.resolve("agencies.csv"));
        String kecamatan = agencies.lines().filter(l -> l.contains(",KECAMATAN,")).findFirst().orElseThrow().split(",")[0];
        Map<String, String> cells = new KitXml(out.resolve("pcm-kit-2024-09").resolve(kecamatan + ".xlsx")).cells("petunjuk");
        assertTrue(cells.containsValue("Kecamatan"), cells.values().toString());
        assertTrue(cells.containsValue("Perangkat daerah"), cells.values().toString());
        assertTrue(cells.containsValue("paling lambat 5 Oktober 2024 pukul 23.59 WITA"), cells.values().toString());
        assertTrue(cells.containsValue("Diterbitkan oleh: Dinas Kominfo Kabupaten Kutai Timur"), cells.values().toString());
    }

    private static Map<String, byte[]> files(Path folder) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.list(folder)) {
            for (Path p : all.toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static List<String> entries(Path folder) throws Exception {
        try (Stream<Path> all = Files.list(folder)) {
            return all.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String hash(String id) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)))
                .substring(0, 12);
    }
}
