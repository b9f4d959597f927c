package org.bomay.core.history;

import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.util.Optional;
import org.bomay.core.BomayException;
import org.bomay.core.change.ChangeEvent;
import org.bomay.core.structure.OrgStructure;

/**
 * One version of a history: its number (0 for the initial structure), the snapshot in force from
 * its date, and the event that produced it (none for version 0).
 *
 * <p>A history holds the snapshot of every {@value #CHECKPOINT_EVERY}th version, of every undo
 * and of its latest version; the snapshot of another version is recomputed on demand, by
 * re-applying the changes since the nearest held one before it (at most {@value
 * #CHECKPOINT_EVERY} − 1 of them), and kept while anyone uses it. Changes are deterministic, so {@link #structure()} always returns a snapshot of
 * the same content; a history of thousands of versions then costs little more than its
 * checkpoints (decision D26).
 *
 * <pre>{@code
 * Version v = h.version(3);
 * v.structure().units().size();   // the snapshot of version 3
 * v.event().get().results();      // what its change produced
 * }</pre>
 */
public final class Version {
    /** How often a history keeps a version's snapshot instead of recomputing it. */
    public static final int CHECKPOINT_EVERY = 128;

    private final int index;
    private final LocalDate date;
    private final Optional<ChangeEvent> event;
    /** The snapshot, held for checkpoints; null otherwise. */
    private final OrgStructure pinned;
    /** The snapshot while someone holds it, for the other versions. */
    private volatile WeakReference<OrgStructure> cached;
    /** How to recompute: re-apply the event's change to {@code previous}. */
    private final Version previous;

    private Version(int index, OrgStructure structure, Optional<ChangeEvent> event, Version previous, Version sameAs) {
        if (index < 0 || structure == null || event == null || (index == 0) != event.isEmpty()) {
            throw new BomayException("A version needs an index >= 0, a structure, and an event unless it is version 0");
        }
        if (index > 0 && sameAs == null && event.get().change().isEmpty()) {
            throw new BomayException("Version " + index + ": its event has no change to recompute it from");
        }
        this.index = index;
        this.date = structure.date();
        this.event = event;
        // an undo holds its snapshot too: it shares the undone version's store, and recomputing it
        // through that version could jump past a checkpoint (an undo of an undo, repeatedly)
        boolean keep = index % CHECKPOINT_EVERY == 0 || sameAs != null;
        this.pinned = keep ? structure : null;
        this.cached = keep ? null : new WeakReference<>(structure);
        this.previous = keep ? null : previous;
    }

    /** Version 0 of a history. */
    static Version initial(OrgStructure structure) {
        return new Version(0, structure, Optional.empty(), null, null);
    }

    /** The version after {@code previous}, made by the change of {@code event}. */
    static Version applied(Version previous, OrgStructure structure, ChangeEvent event) {
        return new Version(previous.index + 1, structure, Optional.of(event), previous, null);
    }

    /** The version after {@code previous} that undoes it: the snapshot of {@code sameAs} seen on its own date (held). */
    static Version undo(Version previous, OrgStructure structure, ChangeEvent event, Version sameAs) {
        return new Version(previous.index + 1, structure, Optional.of(event), previous, sameAs);
    }

    /** The version number, 0-based. */
    public int index() {
        return index;
    }

    /** The snapshot, dated on the day the version takes effect (recomputed if no one held it; see the class comment). */
    public OrgStructure structure() {
        if (pinned != null) {
            return pinned;
        }
        OrgStructure s = cached.get();
        if (s == null) {
            s = event.get().change().get().applyTo(previous.structure()).structure();
            cached = new WeakReference<>(s);
        }
        return s;
    }

    /** Drops the snapshot of a version between checkpoints, as a collection would (tests). */
    void forget() {
        if (pinned == null) {
            cached = new WeakReference<>(null);
        }
    }

    /** Whether this version holds its snapshot (a checkpoint or an undo). */
    boolean isCheckpoint() {
        return pinned != null;
    }

    /** The event of the change that produced this version; empty for the initial version. */
    public Optional<ChangeEvent> event() {
        return event;
    }

    /** The day this version takes effect. */
    public LocalDate date() {
        return date;
    }

    @Override
    public String toString() {
        return "v" + index + " " + date + event.map(e -> " " + e.type().vietnamese() + ": " + e.originals() + " → " + e.results())
                .orElse(" initial");
    }
}
