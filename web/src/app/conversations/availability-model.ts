import type { Helix } from '../generated/graphql';
import {
  Answer,
  CellView,
  helixOrder,
  MatrixView,
  PersonView,
  QuorumView,
  quorumOf,
  SlotView,
} from './conversation-types';

export interface SlotCount {
  readonly slotId: string;
  readonly yes: number;
  readonly ifNeedBe: number;
  readonly no: number;
  readonly unanswered: number;
  /** Invitees who can come: yes or if need be. */
  readonly available: number;
}

export interface HelixSlotCount extends SlotCount {
  readonly quorum: number;
  readonly meetsQuorum: boolean;
}

export interface MatrixRow {
  readonly person: PersonView;
  /** One cell per slot, in slot order (a missing answer is an empty cell). */
  readonly cells: readonly CellView[];
}

export interface MatrixGroup {
  readonly helix: Helix;
  readonly quorum: number;
  readonly rows: readonly MatrixRow[];
  readonly counts: readonly HelixSlotCount[];
}

export interface SlotTotal extends SlotCount {
  /** Attendance score: yes = 1, if need be = ½. */
  readonly score: number;
  /** Every helix has at least its quorum available. */
  readonly meetsQuorum: boolean;
}

export interface MatrixModel {
  readonly slots: readonly SlotView[];
  readonly groups: readonly MatrixGroup[];
  readonly totals: readonly SlotTotal[];
}

function count(slotId: string, answers: readonly (Answer | null)[]): SlotCount {
  const of = (answer: Answer | null) => answers.filter((a) => a === answer).length;
  const yes = of('YES');
  const ifNeedBe = of('IF_NEED_BE');
  return { slotId, yes, ifNeedBe, no: of('NO'), unanswered: of(null), available: yes + ifNeedBe };
}

/**
 * The matrix as the table shows it: the three helices in a fixed order (a helix without
 * invitees still shows, so a missing helix is visible), each row's answers in slot order,
 * and per slot the count per helix against its quorum and the overall totals.
 */
export function matrixModel(matrix: MatrixView, quorum: QuorumView | null = null): MatrixModel {
  const slots = matrix.slots;
  const groups = helixOrder.map((helix): MatrixGroup => {
    const source = matrix.groups.find((group) => group.helix === helix);
    const helixQuorum = source?.quorum ?? (quorum ? quorumOf(quorum, helix) : 0);
    const rows = (source?.rows ?? []).map(
      (row): MatrixRow => ({
        person: row.person,
        cells: slots.map(
          (slot) =>
            row.answers.find((cell) => cell.slotId === slot.id) ?? {
              slotId: slot.id,
              answer: null,
              comment: null,
            },
        ),
      }),
    );
    const counts = slots.map((slot, index): HelixSlotCount => {
      const slotCount = count(
        slot.id,
        rows.map((row) => row.cells[index].answer),
      );
      return { ...slotCount, quorum: helixQuorum, meetsQuorum: slotCount.available >= helixQuorum };
    });
    return { helix, quorum: helixQuorum, rows, counts };
  });
  const totals = slots.map((slot, index): SlotTotal => {
    const all = count(
      slot.id,
      groups.flatMap((group) => group.rows.map((row) => row.cells[index].answer)),
    );
    return {
      ...all,
      score: all.yes + all.ifNeedBe / 2,
      meetsQuorum: groups.every((group) => group.counts[index].meetsQuorum),
    };
  });
  return { slots, groups: groups.filter((g) => g.rows.length > 0 || g.quorum > 0), totals };
}
