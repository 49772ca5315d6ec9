package id.go.pcm.samples.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import jakarta.servlet.ServletException;
import java.io.IOException;
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

    /**
     * @return Tomcat's own answers (a request it cannot parse) get the portal's protective headers too
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> protectiveHeadersOnTomcatsOwnAnswers() {
        return factory -> factory.addEngineValves(new ValveBase() {
            @Override
            public void invoke(Request request, Response response) throws IOException, ServletException {
                SecurityHeaders.protect(response);
                getNext().invoke(request, response);
            }
        });
    }

    /** @return the language of a request: its {@code lang} query parameter, never the browser's preference */
    @Bean
    LocaleResolver localeResolver() {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return PageFormats.ofQuery(request.getQueryString()).locale();
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                throw new UnsupportedOperationException("the language is chosen with ?lang=");
            }
        };
    }
}
