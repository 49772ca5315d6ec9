/**
 * Reading Excel workbooks ({@code .xlsx}) as the rows a CSV file gives (SPEC 10.1): the package's
 * checks (size unpacked, Strict, encrypted, no workbook), the sheet and its header, each typed cell as
 * a column reads it, and the opener that tells a workbook from CSV by the file's name.
 */
package id.go.pcm.internal.workbook;
