package id.go.pcm.batch.report;

/** One section of the report (SPEC 5), written after its heading on a page of its own. */
interface Section {

    /** @return the section's key: its heading is {@code section.KEY} in the texts */
    String key();

    /** @return whether its heading carries a number (the appendix's does not) */
    default boolean numbered() {
        return true;
    }

    /**
     * Writes the section's body.
     *
     * @param report the figures and the page
     */
    void write(ReportContext report);
}
