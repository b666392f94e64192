import { TestBed } from '@angular/core/testing';
import { text } from '../../testing/helpers';
import { translocoTesting } from '../../testing/transloco-testing';
import { AvailabilityMatrix } from './availability-matrix';
import { matrixModel } from './availability-model';
import { Answer, MatrixView, PersonView } from './conversation-types';

const slots = [
  // 29 March 2027 is the first day of summer time: 09:00 Amsterdam is 07:00 UTC.
  { id: 's1', start: '2027-03-29T07:00:00.000Z', end: '2027-03-29T09:00:00.000Z' },
  { id: 's2', start: '2027-03-26T08:00:00.000Z', end: '2027-03-26T10:00:00.000Z' },
];

function person(id: string, helix: PersonView['helix'], name: string): PersonView {
  return { id, displayName: name, helix, organisation: { name: `${name} BV` } };
}

function row(p: PersonView, a1: Answer | null, a2: Answer | null, comment: string | null = null) {
  return {
    person: p,
    answers: [
      { slotId: 's1', answer: a1, comment },
      { slotId: 's2', answer: a2, comment: null },
    ],
  };
}

const matrix: MatrixView = {
  slots,
  groups: [
    // Out of order on purpose: the table shows business, education, government.
    { helix: 'GOVERNMENT', quorum: 1, rows: [row(person('g1', 'GOVERNMENT', 'Gea'), 'NO', 'YES')] },
    {
      helix: 'BUSINESS',
      quorum: 2,
      rows: [
        row(person('b1', 'BUSINESS', 'Bram'), 'YES', 'IF_NEED_BE', 'Liever ’s ochtends'),
        row(person('b2', 'BUSINESS', 'Bea'), 'IF_NEED_BE', null),
      ],
    },
    { helix: 'EDUCATION', quorum: 1, rows: [row(person('e1', 'EDUCATION', 'Eva'), 'YES', 'NO')] },
  ],
};

describe(AvailabilityMatrix.name, () => {
  describe('matrixModel', () => {
    it('should order the helices and count the available invitees of each against its quorum', () => {
      const model = matrixModel(matrix);

      expect(model.groups.map((g) => g.helix)).toEqual(['BUSINESS', 'EDUCATION', 'GOVERNMENT']);
      const business = model.groups[0];
      expect(business.counts.map((c) => [c.available, c.quorum, c.meetsQuorum])).toEqual([
        [2, 2, true],
        [1, 2, false],
      ]);
      expect(business.counts[1].unanswered).toBe(1);
      expect(model.groups[2].counts.map((c) => c.meetsQuorum)).toEqual([false, true]);
    });

    it('should total each slot with yes = 1 and if need be = ½ and check every helix', () => {
      const [s1, s2] = matrixModel(matrix).totals;

      expect(s1).toMatchObject({ yes: 2, ifNeedBe: 1, no: 1, unanswered: 0, score: 2.5 });
      expect(s1.meetsQuorum).toBe(false); // government has nobody in s1
      expect(s2).toMatchObject({ yes: 1, ifNeedBe: 1, no: 1, unanswered: 1, score: 1.5 });
      expect(s2.meetsQuorum).toBe(false); // business has one of two
    });

    it('should show a helix without invitees when its quorum asks for one', () => {
      const model = matrixModel(
        { slots, groups: [matrix.groups[1]] },
        { business: 2, education: 1, government: 0 },
      );

      expect(model.groups.map((g) => [g.helix, g.rows.length, g.quorum])).toEqual([
        ['BUSINESS', 2, 2],
        ['EDUCATION', 0, 1],
      ]);
      expect(model.totals.every((t) => !t.meetsQuorum)).toBe(true);
    });

    it('should fill a missing answer as no answer', () => {
      const model = matrixModel({
        slots,
        groups: [
          {
            helix: 'BUSINESS',
            quorum: 1,
            rows: [
              {
                person: person('b1', 'BUSINESS', 'Bram'),
                answers: [{ slotId: 's2', answer: 'YES', comment: null }],
              },
            ],
          },
        ],
      });

      expect(model.groups[0].rows[0].cells.map((c) => [c.slotId, c.answer])).toEqual([
        ['s1', null],
        ['s2', 'YES'],
      ]);
    });
  });

  describe('table', () => {
    async function render(): Promise<HTMLElement> {
      await TestBed.configureTestingModule({ imports: [translocoTesting()] }).compileComponents();
      const fixture = TestBed.createComponent(AvailabilityMatrix);
      fixture.componentRef.setInput('matrix', matrix);
      await fixture.whenStable();
      return fixture.nativeElement as HTMLElement;
    }

    it('should head the columns with the slots in Amsterdam time and scope every header', async () => {
      const root = await render();

      expect(root.querySelector('caption')?.textContent).toContain('Beschikbaarheid');
      const columns = text(root, 'thead th');
      expect(columns[0]).toBe('Deelnemer');
      expect(columns[1]).toContain('09:00–11:00');
      expect(columns[1]).toContain('29 mrt 2027');
      expect(columns[2]).toContain('09:00–11:00'); // winter time: 08:00 UTC
      expect(root.querySelectorAll('th:not([scope])').length).toBe(0);
      expect(text(root, 'th[scope="rowgroup"]')).toEqual([
        'Bedrijfsleven (quorum 2)',
        'Onderwijs (quorum 1)',
        'Overheid (quorum 1)',
      ]);
    });

    it('should show each answer as text, not colour only, with the comment', async () => {
      const root = await render();

      const bram = root.querySelector('tr[data-person="b1"]')!;
      expect(text(bram, 'th')[0]).toContain('Bram');
      expect(text(bram, 'td')).toEqual(['✓ Ja “Liever ’s ochtends”', '~ Als het moet']);
      expect(text(root.querySelector('tr[data-person="b2"]')!, 'td')[1]).toBe('– Geen antwoord');
    });

    it('should show per helix the available invitees against the quorum and the totals', async () => {
      const root = await render();

      expect(text(root, 'td[data-helix-total="BUSINESS"]')).toEqual([
        '✓ 2 van 2 nodig',
        '! 1 van 2 nodig',
      ]);
      const total = text(root, 'tfoot td')[0];
      expect(total).toContain('2 ja, 1 als het moet, 1 nee, 0 zonder antwoord');
      expect(total).toContain('Score 2,5');
      expect(total).toContain('Quorum niet gehaald');
    });
  });
});
