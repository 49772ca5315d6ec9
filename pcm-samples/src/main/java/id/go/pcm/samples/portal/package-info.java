/**
 * The check portal: a small web page, served by the JDK's own HTTP server, on which a clerk uploads
 * one of the month's five files and sees the rejects the month's run will give it (SPEC 6), before the
 * file is sent. {@link id.go.pcm.samples.portal.CheckPortal} starts it; the rest is its parts: the
 * options, the reference data, the streaming multipart reader and upload limit, the page and the JSON.
 */
package id.go.pcm.samples.portal;
