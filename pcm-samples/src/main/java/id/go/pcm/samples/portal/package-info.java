/**
 * The check portal: a small Spring Boot web application on which a clerk uploads one of the month's
 * five files and sees the rejects the month's run will give it (SPEC 6), before the file is sent.
 * {@link id.go.pcm.samples.portal.CheckPortal} starts it; {@code PortalController} is its one controller,
 * {@code UploadCheck} the streaming check of an upload; the pages are Thymeleaf templates
 * ({@code templates/}) and their words are in {@code messages*.properties}.
 */
package id.go.pcm.samples.portal;
