package id.go.pcm.samples;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * What one kind of generated month is about: the office's zone, the bodies it evaluates and their
 * types, the registry's rows beyond them (faulty ones among them), how its narratives target them,
 * its programs and its outlets. {@link MonthGenerator} draws everything else (diligence, reports,
 * evidence, media, the clerks' faults in them) the same way for every edition, so a regional month
 * is shaped as the nation's is. Types are words here, as the files write them.
 */
interface Edition {

    /**
     * One body of the registry.
     *
     * @param id         its agency id
     * @param name       its name
     * @param type       its type, a word of the month's types
     * @param parentId   its parent's id, or null
     * @param regionCode its Kemendagri code, or null
     */
    record Body(String id, String name, String type, String parentId, String regionCode) {
    }

    /** @return the office's zone: the month's bounds and the times its clerks write */
    ZoneId zone();

    /** @return the bodies evaluated, in the registry's order */
    List<Body> bodies();

    /**
     * @param body one of {@link #bodies()}
     * @return the host of its website
     */
    String domain(Body body);

    /**
     * The month's types as {@code types.csv} rows ({@code type, name, name_en, parent_type, region_code});
     * empty for the national types, which need no file.
     *
     * @return the rows, in the order documents list the types
     */
    List<String[]> types();

    /** @return the narratives issued in a month */
    int narratives();

    /** @return the evidence rows at scale 1 */
    int evidencePerScale();

    /** @return the media items at scale 1 */
    int mediaPerScale();

    /** @return the programs: tag, narrative title, shares of positive, neutral and negative press; ten of them */
    List<String[]> programs();

    /**
     * How the office targets its narratives: a third of them every body ({@code ALL}), the others one of
     * two groups of types, or a type and single bodies picked beside it.
     *
     * @param first       the types of the first group, {@code |}-separated
     * @param second      the types of the second group
     * @param picksBeside the type whose bodies the picks are added to
     * @param picks       how many single bodies are drawn beside it
     */
    record Targeting(String first, String second, String picksBeside, int picks) {
    }

    /** @return how the office targets its narratives */
    Targeting targeting();

    /**
     * The registry's rows after the bodies: those not evaluated in the month (merged away, not yet
     * created) and, when faults are asked for, the faulty ones.
     *
     * @param period   the month
     * @param agencies the bodies of the month
     * @param faulty   whether to add the faulty rows
     * @return rows of {@code agencies.csv}
     */
    List<Object[]> registryRows(YearMonth period, List<MonthGenerator.Agency> agencies, boolean faulty);

    /** @return the id of a registry row not active in the month, which faulty evidence names */
    String inactiveId();

    /** @return the faulty narrative's title, program and targets (one target is no registered body) */
    String[] unknownTargetNarrative();

    /** @return the outlets' names, the first the most read; beyond them, numbered editions of the same */
    String[] outletStems();

    /** @return how many outlets the media items come from */
    int outlets();
}
