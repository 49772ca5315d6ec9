package id.go.pcm.internal.evaluation;

import id.go.pcm.agency.Agency;
import id.go.pcm.dissemination.Channel;
import id.go.pcm.dissemination.DisseminationEvidence;
import id.go.pcm.evaluation.AgencyDetail;
import id.go.pcm.evaluation.ChannelFigures;
import id.go.pcm.evaluation.HourBand;
import id.go.pcm.narrative.Narrative;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dissemination as it accumulates: for every targeted (narrative, active agency) pair the earliest
 * accepted evidence, and per channel the evidence, reach and engagement. Memory is one {@code long}
 * per pair whatever the number of evidence rows.
 */
final class CoverageTally {

    private static final long NONE = Long.MAX_VALUE;
    /** Lower bounds, in hours, of the bands of time from issue to first evidence. */
    private static final int[] HOUR_BANDS = {0, 6, 12, 24, 48, 72, 168};

    private final List<Narrative> narratives;
    private final Map<String, Integer> narrativeIndex = new HashMap<>();
    private final Map<String, Integer> agencyIndex;
    private final BitSet[] targeted;
    /** Per narrative and active agency: the earliest evidence in nanoseconds since 1970, or {@link #NONE}. */
    private final long[][] first;
    private final long[][] channels = new long[Channel.values().length][3];
    /** Per active agency and channel: evidence, reach and engagement. */
    private final long[][][] agencyChannels;
    /** Per active agency: accepted evidence for narratives that did not target it. */
    private final long[] untargeted;

    CoverageTally(List<Narrative> narratives, List<Agency> active, Map<String, Integer> agencyIndex) {
        this.narratives = narratives;
        this.agencyIndex = agencyIndex;
        this.targeted = new BitSet[narratives.size()];
        this.first = new long[narratives.size()][];
        this.agencyChannels = new long[active.size()][Channel.values().length][3];
        this.untargeted = new long[active.size()];
        for (int n = 0; n < narratives.size(); n++) {
            Narrative narrative = narratives.get(n);
            narrativeIndex.put(narrative.id(), n);
            targeted[n] = new BitSet(active.size());
            for (int a = 0; a < active.size(); a++) {
                if (narrative.targets().matches(active.get(a))) {
                    targeted[n].set(a);
                }
            }
            first[n] = new long[active.size()];
            Arrays.fill(first[n], NONE);
        }
    }

    void add(DisseminationEvidence evidence) {
        Integer n = narrativeIndex.get(evidence.narrativeId());
        Integer a = agencyIndex.get(evidence.agencyId());
        if (n == null || a == null) {
            throw new IllegalArgumentException("evidence " + evidence.id() + " names "
                    + (n == null ? "narrative " + evidence.narrativeId() + ", which is not accepted"
                    : "agency " + evidence.agencyId() + ", which is not active"));
        }
        count(channels[evidence.channel().ordinal()], evidence);
        count(agencyChannels[a][evidence.channel().ordinal()], evidence);
        if (targeted[n].get(a)) {
            first[n][a] = Math.min(first[n][a], nanos(evidence.publishedAt()));
        } else {
            untargeted[a]++;
        }
    }

    private static void count(long[] channel, DisseminationEvidence evidence) {
        channel[0]++;
        channel[1] += evidence.reach() == null ? 0 : evidence.reach();
        channel[2] += evidence.engagement() == null ? 0 : evidence.engagement();
    }

    /** Targeted (narrative, agency) pairs, and how many of them are covered and on time. */
    record Pairs(int targeted, int covered, int onTime) {
    }

    /** @return the pairs of one active agency, over every narrative */
    Pairs ofAgency(int agency) {
        int[] counts = new int[3];
        for (int n = 0; n < narratives.size(); n++) {
            if (targeted[n].get(agency)) {
                count(counts, n, agency);
            }
        }
        return new Pairs(counts[0], counts[1], counts[2]);
    }

    /** @return the pairs of one narrative, over the agencies it targets */
    Pairs ofNarrative(int narrative) {
        int[] counts = new int[3];
        for (int a = targeted[narrative].nextSetBit(0); a >= 0; a = targeted[narrative].nextSetBit(a + 1)) {
            count(counts, narrative, a);
        }
        return new Pairs(counts[0], counts[1], counts[2]);
    }

    private void count(int[] counts, int narrative, int agency) {
        counts[0]++;
        counts[1] += isCovered(narrative, agency) ? 1 : 0;
        counts[2] += isOnTime(narrative, agency) ? 1 : 0;
    }

    boolean isCovered(int narrative, int agency) {
        return first[narrative][agency] != NONE;
    }

    /** On time: the earliest evidence at or before {@code issued_at + due_hours}. */
    boolean isOnTime(int narrative, int agency) {
        return isCovered(narrative, agency) && first[narrative][agency] <= nanos(narratives.get(narrative).dueAt());
    }

    private static long nanos(Instant instant) {
        try {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("timestamp outside 1678-2262: " + instant, e);
        }
    }

    Narrative narrative(int n) {
        return narratives.get(n);
    }

    int narrativeCount() {
        return narratives.size();
    }

    Map<Channel, ChannelFigures> channels() {
        return byChannel(channels);
    }

    /** @return one active agency's accepted evidence by channel, targeted or not */
    Map<Channel, ChannelFigures> channelsOf(int agency) {
        return byChannel(agencyChannels[agency]);
    }

    private static Map<Channel, ChannelFigures> byChannel(long[][] counts) {
        Map<Channel, ChannelFigures> byChannel = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            long[] c = counts[channel.ordinal()];
            byChannel.put(channel, new ChannelFigures(c[0], c[1], c[2]));
        }
        return byChannel;
    }

    /** @return one active agency's accepted evidence for narratives that did not target it */
    long untargetedOf(int agency) {
        return untargeted[agency];
    }

    /** @return the narratives that targeted one active agency, in narrative id order, with what it did */
    List<AgencyDetail.PairFigures> pairsOf(int agency) {
        List<AgencyDetail.PairFigures> pairs = new ArrayList<>();
        for (int n = 0; n < narratives.size(); n++) {
            if (targeted[n].get(agency)) {
                Narrative narrative = narratives.get(n);
                AgencyDetail.PairStatus status = isOnTime(n, agency) ? AgencyDetail.PairStatus.ON_TIME
                        : isCovered(n, agency) ? AgencyDetail.PairStatus.LATE : AgencyDetail.PairStatus.NOT_COVERED;
                pairs.add(new AgencyDetail.PairFigures(narrative.id(), narrative.title(), narrative.issuedAt(),
                        narrative.dueAt(), isCovered(n, agency) ? instant(first[n][agency]) : null, status));
            }
        }
        pairs.sort(Comparator.comparing(AgencyDetail.PairFigures::narrativeId));
        return pairs;
    }

    private static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    /** Covered pairs by hours from issue to first evidence, in the bands of {@link #HOUR_BANDS}. */
    List<HourBand> firstEvidenceHours() {
        long[] counts = new long[HOUR_BANDS.length];
        for (int n = 0; n < narratives.size(); n++) {
            long issued = nanos(narratives.get(n).issuedAt());
            for (int a = targeted[n].nextSetBit(0); a >= 0; a = targeted[n].nextSetBit(a + 1)) {
                if (isCovered(n, a)) {
                    double hours = (first[n][a] - issued) / 3.6e12;
                    int band = HOUR_BANDS.length - 1;
                    while (band > 0 && hours < HOUR_BANDS[band]) {
                        band--;
                    }
                    counts[band]++;
                }
            }
        }
        List<HourBand> bands = new ArrayList<>(HOUR_BANDS.length);
        for (int i = 0; i < HOUR_BANDS.length; i++) {
            bands.add(new HourBand(HOUR_BANDS[i], i + 1 < HOUR_BANDS.length ? HOUR_BANDS[i + 1] : null, counts[i]));
        }
        return bands;
    }
}
