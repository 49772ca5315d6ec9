package id.go.pcm.batch.report;

import id.go.pcm.agency.AgencyType;
import id.go.pcm.batch.history.PreviousMonth;
import id.go.pcm.evaluation.AgencyFigures;
import id.go.pcm.evaluation.MediaFigures;
import id.go.pcm.evaluation.MonthlyFigures;
import id.go.pcm.evaluation.NarrativeFigures;
import id.go.pcm.evaluation.ProgramFigures;
import id.go.pcm.report.ReportStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the figures say, as the summary and the sections tell it: rankings, the largest movers since
 * the previous stored month, programs whose net sentiment turned negative. Pure selections from the
 * figures; every tie is broken by id so that the same figures always give the same findings.
 */
final class Findings {

    private Findings() {
    }

    /**
     * An agency whose score moved since the previous stored month.
     *
     * @param agency   its figures this month
     * @param previous its score then
     */
    record Mover(AgencyFigures agency, double previous) {
        double change() {
            return agency.score() - previous;
        }
    }

    /**
     * A program whose net sentiment was zero or positive in the previous stored month and is negative now.
     *
     * @param program  the program tag
     * @param previous its net sentiment then
     * @param current  its net sentiment now
     */
    record TurnedNegative(String program, double previous, double current) {
    }

    /** @return the agencies of this month also scored in the previous one, with their change */
    static List<Mover> movers(MonthlyFigures figures, PreviousMonth previous) {
        List<Mover> movers = new ArrayList<>();
        for (AgencyFigures a : figures.agencies()) {
            Double before = previous.scores().get(a.agencyId());
            if (before != null) {
                movers.add(new Mover(a, before));
            }
        }
        return movers;
    }

    /** @return at most {@code n} agencies whose score rose, the largest rise first */
    static List<Mover> rises(List<Mover> movers, int n) {
        return movers.stream().filter(m -> m.change() > 0)
                .sorted(Comparator.comparingDouble(Mover::change).reversed().thenComparing(m -> m.agency().agencyId()))
                .limit(n).toList();
    }

    /** @return at most {@code n} agencies whose score fell, the largest fall first */
    static List<Mover> falls(List<Mover> movers, int n) {
        return movers.stream().filter(m -> m.change() < 0)
                .sorted(Comparator.comparingDouble(Mover::change).thenComparing(m -> m.agency().agencyId()))
                .limit(n).toList();
    }

    /** @return the programs whose net sentiment was not negative in the previous month and is now, by tag */
    static List<TurnedNegative> turnedNegative(MediaFigures media, PreviousMonth previous) {
        List<TurnedNegative> turned = new ArrayList<>();
        for (Map.Entry<String, ProgramFigures> e : media.programs().entrySet()) {
            Double before = previous.netSentiment().get(e.getKey());
            if (before != null && before >= 0 && e.getValue().netSentiment() < 0) {
                turned.add(new TurnedNegative(e.getKey(), before, e.getValue().netSentiment()));
            }
        }
        return turned;
    }

    /** @return the agencies that sent no report, by type then id */
    static List<AgencyFigures> missing(MonthlyFigures figures) {
        return figures.agencies().stream().filter(a -> a.report() == ReportStatus.MISSING)
                .sorted(Comparator.comparing(AgencyFigures::type).thenComparing(AgencyFigures::agencyId))
                .toList();
    }

    /** @return the agency type with most agencies that sent no report (the first type on ties), if any */
    static Optional<Map.Entry<AgencyType, Long>> mostMissing(MonthlyFigures figures) {
        Map<AgencyType, Long> byType = new EnumMap<>(AgencyType.class);
        figures.national().reportsByType().forEach((type, counts) ->
                byType.put(type, counts.getOrDefault(ReportStatus.MISSING, 0L)));
        return byType.entrySet().stream().filter(e -> e.getValue() > 0)
                .max(Comparator.comparingLong((Map.Entry<AgencyType, Long> e) -> e.getValue())
                        .thenComparing(e -> e.getKey(), Comparator.reverseOrder()));
    }

    /** @return the {@code n} highest scores, ties by id */
    static List<AgencyFigures> best(List<AgencyFigures> agencies, int n) {
        return agencies.stream()
                .sorted(Comparator.comparingDouble(AgencyFigures::score).reversed().thenComparing(AgencyFigures::agencyId))
                .limit(n).toList();
    }

    /** @return the {@code n} lowest scores, ties by id */
    static List<AgencyFigures> weakest(List<AgencyFigures> agencies, int n) {
        return agencies.stream()
                .sorted(Comparator.comparingDouble(AgencyFigures::score).thenComparing(AgencyFigures::agencyId))
                .limit(n).toList();
    }

    /** @return the narratives that targeted someone, highest coverage first, ties by id */
    static List<NarrativeFigures> byCoverage(List<NarrativeFigures> narratives) {
        return narratives.stream().filter(n -> n.coveragePct() != null)
                .sorted(Comparator.comparing(NarrativeFigures::coveragePct, Comparator.reverseOrder())
                        .thenComparing(NarrativeFigures::narrativeId))
                .toList();
    }

    /** @return the programs, highest net sentiment first, ties by tag */
    static List<Map.Entry<String, ProgramFigures>> bySentiment(MediaFigures media) {
        return media.programs().entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, ProgramFigures> e) -> e.getValue().netSentiment())
                        .reversed().thenComparing(Map.Entry::getKey))
                .toList();
    }

    /** @return the programs, largest share of voice first, ties by tag */
    static List<Map.Entry<String, ProgramFigures>> byVoice(MediaFigures media) {
        return media.programs().entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, ProgramFigures> e) -> e.getValue().items())
                        .reversed().thenComparing(Map.Entry::getKey))
                .toList();
    }

    /** @return the program with the largest share of voice, ties by tag, if any */
    static Optional<Map.Entry<String, ProgramFigures>> loudest(MediaFigures media) {
        return media.programs().entrySet().stream()
                .max(Comparator.comparingLong((Map.Entry<String, ProgramFigures> e) -> e.getValue().items())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()));
    }

    /**
     * @param list a list
     * @param size the most items in each part
     * @return the list cut into parts of nearly equal size, none larger than {@code size}
     */
    static <T> List<List<T>> split(List<T> list, int size) {
        int parts = Math.max(1, (list.size() + size - 1) / size);
        List<List<T>> result = new ArrayList<>();
        int from = 0;
        for (int p = 0; p < parts; p++) {
            int to = from + (list.size() - from + (parts - p) - 1) / (parts - p);
            result.add(list.subList(from, to));
            from = to;
        }
        return result;
    }
}
