package id.go.pcm.samples.portal;

import id.go.pcm.validation.Reject;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Takes a check's rejects as they are found and keeps the first ones, counting the rest, so that a
 * huge faulty file costs the portal a bounded amount of memory.
 */
final class RejectList implements Consumer<Reject> {

    private final int keep;
    private final List<Reject> kept = new ArrayList<>();
    private long omitted;

    /** @param keep how many rejects to keep */
    RejectList(int keep) {
        this.keep = keep;
    }

    @Override
    public void accept(Reject reject) {
        if (kept.size() < keep) {
            kept.add(reject);
        } else {
            omitted++;
        }
    }

    /** @return the rejects kept, in the order they came */
    List<Reject> kept() {
        return kept;
    }

    /** @return how many came after those kept */
    long omitted() {
        return omitted;
    }
}
