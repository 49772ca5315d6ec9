package id.go.pcm;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The library's public surface is what its module descriptor exports: the helpers are not in it. */
class ModuleDescriptorTest {

    @Test
    void exportsTheDomainTheRulesTheEvaluationAndTheCheckButNotTheHelpers() {
        ModuleReference module = ModuleFinder.of(Path.of("target", "classes")).find("id.go.pcm.core").orElseThrow();
        ModuleDescriptor descriptor = module.descriptor();
        Set<String> exported = descriptor.exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(new TreeSet<>(Set.of("id.go.pcm", "id.go.pcm.agency", "id.go.pcm.csv", "id.go.pcm.dissemination",
                "id.go.pcm.evaluation", "id.go.pcm.media", "id.go.pcm.month", "id.go.pcm.narrative", "id.go.pcm.report",
                "id.go.pcm.validation")), exported);
        for (String internal : Set.of("id.go.pcm.internal", "id.go.pcm.internal.csv", "id.go.pcm.internal.rules",
                "id.go.pcm.internal.evaluation")) {
            assertTrue(descriptor.packages().contains(internal), internal + " is in the module, unexported");
        }
        descriptor.exports().forEach(e -> assertTrue(e.targets().isEmpty(), e + " is exported to everyone or not at all"));
    }

    /** What an embedder sees: the entry points, the reject, the settings, the figures and the domain records. */
    @Test
    void theExportedPackagesHoldOnlyTheEmbeddersTypes() throws IOException, ClassNotFoundException {
        ModuleDescriptor descriptor = ModuleFinder.of(Path.of("target", "classes")).find("id.go.pcm.core").orElseThrow().descriptor();
        Set<String> visible = new TreeSet<>();
        for (ModuleDescriptor.Exports export : descriptor.exports()) {
            Path folder = Path.of("target", "classes").resolve(export.source().replace('.', '/'));
            try (Stream<Path> files = Files.list(folder)) {
                for (String name : files.map(f -> f.getFileName().toString())
                        .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.equals("package-info.class")).toList()) {
                    Class<?> type = Class.forName(export.source() + "." + name.substring(0, name.length() - ".class".length()));
                    if (Modifier.isPublic(type.getModifiers())) {
                        visible.add(type.getSimpleName());
                    }
                }
            }
        }

        assertEquals(new TreeSet<>(Set.of(
                "FileCheck", "InputSummary", "Monev", "MonevResult", "MonthEvaluation", "MonthFile",
                "Agency", "AgencyType", "UnusableFileException", "Channel", "DisseminationEvidence", "EvidenceUrl",
                "AgencyDetail", "AgencyFigures", "Category", "CategoryBounds", "ChannelFigures", "EvaluationSettings",
                "Findings", "HourBand", "MediaFigures", "MonthHistory", "MonthlyFigures", "NarrativeFigures",
                "NationalFigures", "NextStepFacts", "OutletCount", "PreviousMonth", "ProgramFigures", "RejectCount",
                "ReportDeadline", "Scoring", "MediaItem", "MediaType", "Sentiment", "EvaluationMonth", "Narrative",
                "Priority", "Targets", "PeriodicReport", "ReportStatus", "Checked", "Reject", "RejectCode", "Row")), visible);
    }
}
