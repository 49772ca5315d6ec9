package id.go.pcm.batch.settings;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.Resource;

import java.io.IOException;

/**
 * Where a setting was given, as the operator knows it: a file and line, the command line, an
 * environment variable, a Java system property.
 *
 * @param source   the property source that holds it
 * @param rawName  the name as written there ({@code PCM_WEIGHTS_REPORT}, {@code pcm.weigths.report})
 * @param resource the file it was read from, or null
 * @param line     its line in that file (from 1), or 0
 */
record Place(PropertySource<?> source, String rawName, Resource resource, int line) {

    /**
     * @param property a property as Spring's binder found it
     * @param fallback the name to use when its origin does not tell the name as written
     * @return where it was given
     */
    static Place of(ConfigurationProperty property, String fallback) {
        Origin origin = property.getOrigin();
        String raw = fallback;
        Resource resource = null;
        int line = 0;
        PropertySource<?> source = property.getSource() != null
                && property.getSource().getUnderlyingSource() instanceof PropertySource<?> underlying ? underlying : null;
        if (origin instanceof PropertySourceOrigin from) {
            raw = from.getPropertyName();
            source = from.getPropertySource();
            origin = from.getOrigin();
        }
        if (origin instanceof TextResourceOrigin text && text.getResource() != null) {
            resource = text.getResource();
            line = text.getLocation() == null ? 0 : text.getLocation().getLine() + 1;
        }
        return new Place(source, raw, resource, line);
    }

    /** @return whether it comes from the process's environment variables */
    boolean isEnvironment() {
        return source instanceof SystemEnvironmentPropertySource;
    }

    /** @return whether it comes from the JVM's system properties ({@code -D}), which the launcher also sets */
    boolean isSystemProperty() {
        return source != null && StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME.equals(source.getName());
    }

    /** @return whether it is a default of the job's own, from its jar */
    boolean isJobDefault() {
        return resource != null && resource.getDescription().startsWith("class path resource");
    }

    /** @return the place as words of a message */
    Message describe() {
        if (resource != null) {
            return new Message("place.file", file(resource), String.valueOf(line));
        }
        if (isEnvironment()) {
            return new Message("place.environment", rawName);
        }
        if (source instanceof CommandLinePropertySource<?>) {
            return new Message("place.command");
        }
        if (isSystemProperty()) {
            return new Message("place.system", rawName);
        }
        return new Message("place.other", source == null ? "?" : source.getName());
    }

    private static String file(Resource resource) {
        try {
            return resource.isFile() ? resource.getFile().getPath() : resource.getDescription();
        } catch (IOException e) {
            return resource.getDescription();
        }
    }
}
