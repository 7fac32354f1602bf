/**
 * What the timeline keeps while the page is open, so that going to the network and back finds it as it was: the
 * record picked, the kinds left out, and whether only the selected actors' records are shown. Not saved with a
 * scenario: it is a way of looking, not part of the work.
 */
import type { RecordField } from '../../model/records';

export interface PickedRecord {
  field: RecordField;
  id: string;
}

class TimelineState {
  picked: PickedRecord | null = $state.raw(null);
  /** Kinds left out, as `field:kind` (analysis/timeline.ts, `kindKey`). */
  hiddenKinds: ReadonlySet<string> = $state.raw(new Set());
  /** With actors selected: true, only their records; false, the others faded. */
  onlyHistory = $state(false);

  toggleKind(key: string): void {
    const next = new Set(this.hiddenKinds);
    if (!next.delete(key)) next.add(key);
    this.hiddenKinds = next;
  }
}

export const timeline = new TimelineState();
