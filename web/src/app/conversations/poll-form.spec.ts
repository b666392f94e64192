import { TestBed } from '@angular/core/testing';
import { translocoTesting } from '../../testing/transloco-testing';
import { PollForm, SlotAnswer } from './poll-form';

const slots = [
  { id: 's1', start: '2027-03-29T07:00:00.000Z', end: '2027-03-29T09:00:00.000Z' },
  { id: 's2', start: '2027-04-05T12:00:00.000Z', end: '2027-04-05T14:00:00.000Z' },
];

describe(PollForm.name, () => {
  async function setup(
    initial: {
      slotId: string;
      answer: 'YES' | 'NO' | 'IF_NEED_BE' | null;
      comment: string | null;
    }[] = [],
  ) {
    await TestBed.configureTestingModule({ imports: [translocoTesting()] }).compileComponents();
    const fixture = TestBed.createComponent(PollForm);
    fixture.componentRef.setInput('slots', slots);
    fixture.componentRef.setInput('initial', initial);
    const emitted: (readonly SlotAnswer[])[] = [];
    fixture.componentInstance.submitted.subscribe((value) => emitted.push(value));
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const radio = (slot: string, answer: string) =>
      root.querySelector<HTMLInputElement>(
        `fieldset[data-slot="${slot}"] input[data-answer="${answer}"]`,
      )!;
    const submit = async () => {
      root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await fixture.whenStable();
    };
    return { fixture, root, radio, submit, emitted };
  }

  it('should give every slot a labelled group with three labelled choices and a comment', async () => {
    const { root } = await setup();

    const fieldsets = root.querySelectorAll('fieldset');
    expect(fieldsets.length).toBe(2);
    expect(fieldsets[0].querySelector('legend')?.textContent).toContain('09:00–11:00');
    expect(
      [...fieldsets[0].querySelectorAll('label.poll__choice')].map((l) => l.textContent?.trim()),
    ).toEqual(['✓ Ja', '~ Als het moet', '✗ Nee']);
    // Radios of one slot share a name, so arrow keys move between them.
    const names = [...fieldsets[0].querySelectorAll('input[type="radio"]')].map(
      (input) => (input as HTMLInputElement).name,
    );
    expect(names).toEqual(['poll-s1', 'poll-s1', 'poll-s1']);
    expect(root.querySelector('label[for="poll-comment-s1"]')?.textContent).toContain('Opmerking');
  });

  it('should ask for an answer per slot before sending', async () => {
    const { root, radio, submit, emitted } = await setup();
    radio('s1', 'YES').click();

    await submit();

    expect(emitted).toEqual([]);
    expect(root.querySelector('#poll-error-s1')?.textContent?.trim()).toBe('');
    expect(root.querySelector('#poll-error-s2')?.textContent).toContain(
      'Kies ja, als het moet of nee',
    );
    expect(document.activeElement).toBe(radio('s2', 'YES'));
  });

  it('should keep the answers of different slots apart', async () => {
    const { radio } = await setup();

    radio('s1', 'YES').click();
    radio('s2', 'NO').click();

    expect(radio('s1', 'YES').checked).toBe(true);
    expect(radio('s1', 'NO').checked).toBe(false);
    expect(radio('s2', 'YES').checked).toBe(false);
    expect(radio('s2', 'NO').checked).toBe(true);
  });

  it('should emit every answer with its trimmed comment', async () => {
    const { fixture, root, radio, submit, emitted } = await setup();
    radio('s1', 'IF_NEED_BE').click();
    radio('s2', 'NO').click();
    const comment = root.querySelector<HTMLTextAreaElement>('#poll-comment-s1')!;
    comment.value = '  Pas na tienen  ';
    comment.dispatchEvent(new Event('input'));
    await fixture.whenStable();

    await submit();

    expect(emitted).toEqual([
      [
        { slotId: 's1', answer: 'IF_NEED_BE', comment: 'Pas na tienen' },
        { slotId: 's2', answer: 'NO', comment: null },
      ],
    ]);
  });

  it('should show the answers given before and send nothing while closed', async () => {
    const { fixture, radio, submit, emitted } = await setup([
      { slotId: 's2', answer: 'YES', comment: 'Graag' },
    ]);
    expect(radio('s2', 'YES').checked).toBe(true);
    expect(radio('s1', 'YES').checked).toBe(false);

    fixture.componentRef.setInput('disabled', true);
    await fixture.whenStable();
    await submit();

    expect(radio('s1', 'YES').disabled).toBe(true);
    expect(emitted).toEqual([]);
  });
});
