package id.go.pcm;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.List;
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
                "FileCheck", "InputSource", "InputSummary", "Submissions", "Language", "Monev", "MonevResult", "MonthEvaluation", "MonthFile", "MonthFolder",
                "Agency", "AgencyType", "AgencyTypes", "UnusableFileException", "Channel", "DisseminationEvidence", "EvidenceUrl",
                "AgencyDetail", "AgencyFigures", "Category", "CategoryBounds", "ChannelFigures", "EvaluationSettings",
                "Findings", "HourBand", "MediaFigures", "MonthHistory", "MonthlyFigures", "NarrativeFigures",
                "NationalFigures", "NextStepFacts", "OutletCount", "PreviousMonth", "ProgramFigures", "RejectCount",
                "ReportDeadline", "MediaItem", "MediaType", "Sentiment", "EvaluationMonth", "Narrative",
                "Priority", "Targets", "PeriodicReport", "ReportStatus", "Reject", "RejectCode", "Row")), visible);
    }

    /**
     * An exported type's public face names only exported types: an embedder cannot use a method that
     * takes or gives an internal type, and the internal type would be API in all but name.
     */
    @Test
    void noPublicMemberOfAnExportedTypeMentionsAnInternalType() throws IOException, ClassNotFoundException {
        ModuleDescriptor descriptor = ModuleFinder.of(Path.of("target", "classes")).find("id.go.pcm.core").orElseThrow().descriptor();
        Set<String> exported = descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        List<String> leaks = new ArrayList<>();
        for (String pkg : exported) {
            Path folder = Path.of("target", "classes").resolve(pkg.replace('.', '/'));
            try (Stream<Path> files = Files.list(folder)) {
                for (String name : files.map(f -> f.getFileName().toString())
                        .filter(n -> n.endsWith(".class") && !n.equals("package-info.class")).sorted().toList()) {
                    Class<?> type = Class.forName(pkg + "." + name.substring(0, name.length() - ".class".length()), false, getClass().getClassLoader());
                    if (visibleOutside(type)) {
                        leaks.addAll(internalTypesIn(type, exported));
                    }
                }
            }
        }
        assertTrue(leaks.isEmpty(), "public members naming internal types: " + leaks);
    }

    /** A type an embedder can name: public, and every enclosing type public too. */
    private static boolean visibleOutside(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers()) && !(t != type && Modifier.isProtected(t.getModifiers()))) {
                return false;
            }
        }
        return !type.isAnonymousClass() && !type.isLocalClass() && !type.isSynthetic();
    }

    private static List<String> internalTypesIn(Class<?> type, Set<String> exported) {
        List<String> leaks = new ArrayList<>();
        List<Member> members = new ArrayList<>();
        members.addAll(List.of(type.getDeclaredMethods()));
        members.addAll(List.of(type.getDeclaredConstructors()));
        members.addAll(List.of(type.getDeclaredFields()));
        for (Member member : members) {
            int modifiers = member.getModifiers();
            if (member.isSynthetic() || !(Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers))) {
                continue;
            }
            List<Type> mentioned = new ArrayList<>();
            if (member instanceof Executable executable) {
                mentioned.addAll(List.of(executable.getGenericParameterTypes()));
                mentioned.addAll(List.of(executable.getGenericExceptionTypes()));
                if (executable instanceof Method method) {
                    mentioned.add(method.getGenericReturnType());
                }
            } else if (member instanceof Field field) {
                mentioned.add(field.getGenericType());
            }
            for (Type t : mentioned) {
                internal(t, exported, new ArrayList<>()).forEach(c -> leaks.add(type.getName() + "." + member.getName() + " -> " + c));
            }
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                internal(component.getGenericType(), exported, new ArrayList<>())
                        .forEach(c -> leaks.add(type.getName() + "." + component.getName() + " -> " + c));
            }
        }
        List<Type> supertypes = new ArrayList<>(List.of(type.getGenericInterfaces()));
        if (type.getGenericSuperclass() != null) {
            supertypes.add(type.getGenericSuperclass());
        }
        for (Type t : supertypes) {
            internal(t, exported, new ArrayList<>()).forEach(c -> leaks.add(type.getName() + " extends " + c));
        }
        return leaks;
    }

    /** The classes of pcm-core's own, unexported packages that a (generic) type mentions. */
    private static List<String> internal(Type type, Set<String> exported, List<String> found) {
        if (type instanceof Class<?> c) {
            while (c.isArray()) {
                c = c.getComponentType();
            }
            if (!c.isPrimitive() && c.getPackageName().startsWith("id.go.pcm") && !exported.contains(c.getPackageName())) {
                found.add(c.getName());
            }
        } else if (type instanceof ParameterizedType p) {
            internal(p.getRawType(), exported, found);
            for (Type argument : p.getActualTypeArguments()) {
                internal(argument, exported, found);
            }
        } else if (type instanceof GenericArrayType a) {
            internal(a.getGenericComponentType(), exported, found);
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                internal(bound, exported, found);
            }
            for (Type bound : w.getLowerBounds()) {
                internal(bound, exported, found);
            }
        }
        return found;
    }
}
