/**
 * The fonts the PDF outputs embed and how text from the inputs is printed with them: which
 * characters some font can draw, the font of each run of a text, and the visible mark of a character
 * none can draw. The report's text and charts and the figures JSON's count of such values all ask here.
 */
package id.go.pcm.batch.fonts;
