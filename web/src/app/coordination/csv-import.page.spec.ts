import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { apiError, settle, text } from '../../testing/helpers';
import { translocoTesting } from '../../testing/transloco-testing';
import {
  CsvImportReportFieldsFragment,
  ImportCohortsDocument,
  ImportInternshipNeedsDocument,
} from '../generated/graphql';
import { readCsvFile } from '../shared/csv-file';
import { CsvImportPage } from './csv-import.page';

const csv = 'organisation;title\nKas BV;Stagiair\n';

function report(overrides: Partial<CsvImportReportFieldsFragment> = {}) {
  return {
    __typename: 'CsvImportReport' as const,
    imported: 0,
    totalRows: 1,
    rejectedRows: [],
    ...overrides,
  };
}

/** A file as the browser hands it over, readable in jsdom. */
function file(content: string | Uint8Array, size?: number): File {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const chosen = new File([bytes], 'stagevragen.csv', { type: 'text/csv' });
  Object.defineProperty(chosen, 'arrayBuffer', {
    value: () => Promise.resolve(bytes.buffer.slice(0)),
  });
  if (size !== undefined) Object.defineProperty(chosen, 'size', { value: size });
  return chosen;
}

describe(CsvImportPage.name, () => {
  let fixture: ComponentFixture<CsvImportPage>;
  let controller: ApolloTestingController;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [CsvImportPage, ApolloTestingModule, translocoTesting()],
    }).compileComponents();
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(CsvImportPage);
    await settle(fixture);
  });

  afterEach(() => controller.verify());

  const root = () => fixture.nativeElement as HTMLElement;
  const button = (label: string) =>
    [...root().querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => b.textContent?.trim() === label,
    );
  async function choose(chosen: File): Promise<void> {
    const input = root().querySelector<HTMLInputElement>('#csv-file')!;
    Object.defineProperty(input, 'files', {
      configurable: true,
      value: { item: (index: number) => (index === 0 ? chosen : null), length: 1 },
    });
    input.dispatchEvent(new Event('change'));
    await settle(fixture);
  }

  it('should link the templates and label the file field', () => {
    const links = [...root().querySelectorAll<HTMLAnchorElement>('a[download]')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/templates/stagevragen.csv',
      '/templates/cohorten.csv',
    ]);
    expect(root().querySelector('label[for="csv-file"]')?.textContent).toContain('CSV-bestand');
    expect(root().querySelector('fieldset legend')?.textContent).toContain('Wat importeer je?');
  });

  it('should ask for a file before checking', async () => {
    button('Controleren')?.click();
    await settle(fixture);

    expect(root().querySelector('#csv-file-error')?.textContent).toContain('Kies eerst');
    expect(document.activeElement).toBe(root().querySelector('#csv-file'));
    controller.expectNone(ImportInternshipNeedsDocument);
  });

  it('should wait for a file still being read instead of asking for one', async () => {
    let finishRead: (bytes: ArrayBuffer) => void = () => undefined;
    const slow = new File([csv], 'stagevragen.csv', { type: 'text/csv' });
    Object.defineProperty(slow, 'arrayBuffer', {
      value: () => new Promise<ArrayBuffer>((resolve) => (finishRead = resolve)),
    });
    const input = root().querySelector<HTMLInputElement>('#csv-file')!;
    Object.defineProperty(input, 'files', {
      value: { item: (index: number) => (index === 0 ? slow : null), length: 1 },
    });
    input.dispatchEvent(new Event('change'));
    button('Controleren')?.click();
    finishRead(new TextEncoder().encode(csv).buffer as ArrayBuffer);
    await settle(fixture);

    expect(root().querySelector('#csv-file-error')?.textContent?.trim()).toBe('');
    const op = controller.expectOne(ImportInternshipNeedsDocument);
    expect(op.operation.variables).toEqual({ input: { csv, dryRun: true } });
    op.flushData({ importInternshipNeeds: report() });
    await settle(fixture);
  });

  it('should check a file as a dry run and list every problem by row and column', async () => {
    await choose(file(csv));
    button('Controleren')?.click();
    await settle(fixture);

    const op = controller.expectOne(ImportInternshipNeedsDocument);
    expect(op.operation.variables).toEqual({ input: { csv, dryRun: true } });
    op.flushData({
      importInternshipNeeds: report({
        totalRows: 2,
        rejectedRows: [
          {
            __typename: 'CsvRowError',
            row: 1,
            field: 'levels',
            messageKey: 'validation.csv.missingColumn',
            message: 'x',
          },
          {
            __typename: 'CsvRowError',
            row: 3,
            field: 'places',
            messageKey: 'validation.min',
            message: 'x',
          },
          {
            __typename: 'CsvRowError',
            row: 3,
            field: 'skills_must',
            messageKey: 'validation.skills.unknown',
            message: 'Unknown skill "Onderwaterlassen"',
          },
          {
            __typename: 'CsvRowError',
            row: 4,
            field: null,
            messageKey: 'unknown.key',
            message: 'Something else',
          },
        ],
      }),
    });
    await settle(fixture);

    expect(text(root(), '[role="status"]').join(' ')).toContain(
      '4 problemen gevonden in 3 rijen. Er is niets geïmporteerd.',
    );
    expect(text(root(), 'tbody tr')).toEqual([
      '1 (kopregel) levels De verplichte kolom levels ontbreekt in de kopregel.',
      '3 places places is te klein.',
      expect.stringMatching(/^3 skills_must .*vaardigheden.* Unknown skill "Onderwaterlassen"$/),
      '4 Hele rij Something else',
    ]);
    expect(root().querySelector('caption')?.textContent).toContain('Afgekeurde rijen');
  });

  it('should import cohorts, say how many, and forget the file', async () => {
    root().querySelectorAll<HTMLInputElement>('input[type="radio"]')[1].click();
    await choose(file(csv));
    button('Importeren')?.click();
    await settle(fixture);

    const op = controller.expectOne(ImportCohortsDocument);
    expect(op.operation.variables).toEqual({ input: { csv, dryRun: false } });
    op.flushData({ importCohorts: report({ imported: 1 }) });
    await settle(fixture);

    expect(text(root(), '[role="status"]').join(' ')).toContain('1 cohorten geïmporteerd.');
    expect(root().querySelector('table')).toBeNull();
    button('Importeren')?.click();
    await settle(fixture);
    controller.expectNone(ImportCohortsDocument);
  });

  it('should refuse a file over 2 MB before sending it, and show errors of the API', async () => {
    await choose(file(csv, 3 * 1024 * 1024));
    expect(root().querySelector('#csv-file-error')?.textContent).toContain('groter dan 2 MB');
    expect(root().querySelector('#csv-file')?.getAttribute('aria-invalid')).toBe('true');

    await choose(file(csv));
    button('Importeren')?.click();
    await settle(fixture);
    controller
      .expectOne(ImportInternshipNeedsDocument)
      .graphqlErrors([apiError('FORBIDDEN', 'errors.forbidden')]);
    await settle(fixture);
    expect(root().querySelector('[role="alert"]')?.textContent?.trim()).not.toBe('');
  });
});

describe(readCsvFile.name, () => {
  it('should read UTF-8 and fall back to Windows-1252 as Excel writes it', async () => {
    expect(await readCsvFile(file('\uFEFFnaam;plaats\nCafé;Aalsmeer'))).toContain('Café');
    // "Café" in Windows-1252: é is the single byte 0xE9, not valid UTF-8.
    const ansi = new Uint8Array([0x43, 0x61, 0x66, 0xe9]);
    expect(await readCsvFile(file(ansi))).toBe('Café');
  });
});
