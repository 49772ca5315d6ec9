package id.go.pcm;

import org.junit.jupiter.api.Test;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

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
        assertTrue(descriptor.packages().contains("id.go.pcm.internal"), "the helpers are in the module, unexported");
        descriptor.exports().forEach(e -> assertTrue(e.targets().isEmpty(), e + " is exported to everyone or not at all"));
    }
}
