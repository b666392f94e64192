import { TestBed } from '@angular/core/testing';
import { select, settle, text, typeInto } from '../../testing/helpers';
import { translocoTesting } from '../../testing/transloco-testing';
import { ActionItems, NewActionItem } from './action-items';
import { ActionItemView } from './conversation-types';

const items: ActionItemView[] = [
  {
    id: 'a1',
    description: 'Praktijkopdracht waterhergebruik uitwerken',
    dueDate: '2027-04-15',
    status: 'OPEN',
    ownerOrganisation: { id: 'o1', name: 'Groencollege Westeinder' },
  },
  {
    id: 'a2',
    description: 'Lijst van kwekerijen',
    dueDate: '2027-03-01',
    status: 'DONE',
    ownerOrganisation: { id: 'o2', name: 'Bloemenhof' },
  },
];

describe(ActionItems.name, () => {
  async function render(canEdit: boolean) {
    await TestBed.configureTestingModule({ imports: [translocoTesting()] }).compileComponents();
    const fixture = TestBed.createComponent(ActionItems);
    fixture.componentRef.setInput('items', items);
    fixture.componentRef.setInput('canEdit', canEdit);
    fixture.componentRef.setInput('organisations', [
      { id: 'o1', name: 'Groencollege Westeinder' },
      { id: 'o2', name: 'Bloemenhof' },
    ]);
    await settle(fixture);
    const created: NewActionItem[] = [];
    const changed: { id: string; status: string }[] = [];
    fixture.componentInstance.created.subscribe((item) => created.push(item));
    fixture.componentInstance.statusChange.subscribe((change) => changed.push(change));
    return { fixture, root: fixture.nativeElement as HTMLElement, created, changed };
  }

  it('should list what, owner, due date and status as text, without controls for members', async () => {
    const { root } = await render(false);

    expect(text(root, 'tbody tr[data-item="a1"] th, tbody tr[data-item="a1"] td')).toEqual([
      'Praktijkopdracht waterhergebruik uitwerken',
      'Groencollege Westeinder',
      '15 apr 2027',
      'Open',
    ]);
    expect(text(root, 'tbody tr[data-item="a2"] td')[2]).toBe('Gedaan');
    expect(root.querySelector('form')).toBeNull();
    expect(root.querySelectorAll('tbody button').length).toBe(0);
  });

  it('should let a coordinator mark an item done or open it again', async () => {
    const { root, changed } = await render(true);

    const buttons = [...root.querySelectorAll<HTMLButtonElement>('tbody button')];
    expect(buttons.map((b) => b.textContent?.trim())).toEqual([
      'Markeer als gedaan: Praktijkopdracht waterhergebruik uitwerken',
      'Weer openen: Lijst van kwekerijen',
    ]);
    buttons[0].click();
    buttons[1].click();

    expect(changed).toEqual([
      { id: 'a1', status: 'DONE' },
      { id: 'a2', status: 'OPEN' },
    ]);
  });

  it('should name the missing fields before adding and emit a complete item', async () => {
    const { fixture, root, created } = await render(true);
    const submit = () =>
      root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();

    submit();
    await settle(fixture);
    expect(created).toEqual([]);
    expect(root.querySelector('#action-owner-error')?.textContent).toContain(
      'Eigenaar (organisatie)',
    );

    typeInto(root.querySelector('#action-description'), '  Subsidie toelichten ');
    select(root.querySelector('#action-owner'), 'o2');
    typeInto(root.querySelector('#action-due'), '2027-05-01');
    submit();
    await settle(fixture);

    expect(created).toEqual([
      { description: 'Subsidie toelichten', ownerOrganisationId: 'o2', dueDate: '2027-05-01' },
    ]);
  });
});
