package id.go.pcm.samples.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.LocaleResolver;

import java.util.Locale;

/**
 * The portal's Spring Boot application: Spring MVC on embedded Tomcat with Thymeleaf, configured by
 * {@link CheckPortal} from the portal's own command line. Its beans are the controller, the security
 * headers, the check and the language of a request.
 */
@SpringBootApplication
class PortalConfiguration {

    /**
     * @param options   how the portal runs
     * @param reference the month's reference data
     * @return the check of an upload
     */
    @Bean
    UploadCheck uploadCheck(PortalOptions options, Reference reference) {
        return new UploadCheck(options, reference);
    }

    /** @return the language of a request: its {@code lang} query parameter, never the browser's preference */
    @Bean
    LocaleResolver localeResolver() {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return Language.ofQuery(request.getQueryString()).locale();
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                throw new UnsupportedOperationException("the language is chosen with ?lang=");
            }
        };
    }
}
