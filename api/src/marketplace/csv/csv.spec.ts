import {
  cellsByColumn,
  CsvSyntaxError,
  detectDelimiter,
  formatCell,
  formatCsv,
  guardCell,
  matchHeader,
  normaliseHeader,
  parseCsv,
  parseDate,
  parseNumber,
  splitList,
  unguardCell,
} from './csv';

describe('csv', () => {
  describe(detectDelimiter.name, () => {
    it('should pick the semicolon when Dutch Excel wrote the header', () => {
      expect(detectDelimiter('organisation;title;"a, b"\n1,2,3,4,5')).toBe(';');
    });

    it('should pick the comma, ignoring delimiters inside quotes', () => {
      expect(detectDelimiter('a,"b;c;d",e\r\n')).toBe(',');
    });

    it('should pick a tab, and fall back to a comma for one column', () => {
      expect(detectDelimiter('a\tb\tc')).toBe('\t');
      expect(detectDelimiter('title')).toBe(',');
    });
  });

  describe(parseCsv.name, () => {
    it('should strip a BOM, accept CRLF and keep newlines in quoted cells', () => {
      const parsed = parseCsv(
        '\uFEFFTitle;Description\r\nA;"line 1\r\nline 2"\r\nB;"say ""hi"""\r\n',
      );
      expect(parsed.delimiter).toBe(';');
      expect(parsed.header).toEqual(['Title', 'Description']);
      expect(parsed.records).toEqual([
        { row: 2, cells: ['A', 'line 1\r\nline 2'] },
        { row: 3, cells: ['B', 'say "hi"'] },
      ]);
    });

    it('should number rows as a spreadsheet does, skipping blank rows but counting them', () => {
      const parsed = parseCsv('a,b\n1,2\n\n,\n3,4');
      expect(parsed.records.map((record) => record.row)).toEqual([2, 5]);
    });

    it('should accept rows with fewer or more cells than the header', () => {
      expect(parseCsv('a,b,c\n1\n1,2,3,4').records.map((r) => r.cells.length)).toEqual([1, 4]);
    });

    it('should name the row of a quote that never closes', () => {
      expect(() => parseCsv('a;b\n1;2\n3;"open\n4;5\n')).toThrow(CsvSyntaxError);
      try {
        parseCsv('a;b\n1;2\n3;"open\n4;5\n');
      } catch (error) {
        expect((error as CsvSyntaxError).row).toBe(3);
      }
    });

    it('should undo the formula guard of an export', () => {
      expect(parseCsv("a\n'=SUM(A1)\n'plain").records.map((r) => r.cells[0])).toEqual([
        '=SUM(A1)',
        "'plain",
      ]);
    });

    it('should return no header and no records for an empty file', () => {
      expect(parseCsv('')).toEqual({ delimiter: ',', header: [], records: [] });
    });
  });

  describe(matchHeader.name, () => {
    const columns = [
      { name: 'title', aliases: ['titel'], required: true },
      { name: 'start_date', aliases: ['startdatum'], required: true },
      { name: 'status', required: false },
    ] as const;

    it('should match names case-insensitively, with spaces or hyphens, and Dutch aliases', () => {
      const { positions, problems } = matchHeader(['Start Date', 'TITEL', ''], columns);
      expect(problems).toEqual([]);
      expect(positions).toEqual({ start_date: 0, title: 1 });
      expect(normaliseHeader(' Start-Date ')).toBe('start_date');
    });

    it('should report unknown, duplicate and missing required columns', () => {
      const { problems } = matchHeader(['title', 'colour', 'Title'], columns);
      expect(problems).toEqual([
        { column: 'colour', kind: 'unknown' },
        { column: 'Title', kind: 'duplicate' },
        { column: 'start_date', kind: 'missing' },
      ]);
    });

    it('should give every column a trimmed cell, blank when the file lacks it', () => {
      const { positions } = matchHeader(['title', 'start_date'], columns);
      expect(cellsByColumn({ row: 2, cells: [' A ', '2027-01-01'] }, columns, positions)).toEqual({
        title: 'A',
        start_date: '2027-01-01',
        status: '',
      });
    });
  });

  describe('cells', () => {
    it('should split lists on | and drop blanks', () => {
      expect(splitList(' a | b||c ')).toEqual(['a', 'b', 'c']);
      expect(splitList('')).toEqual([]);
    });

    it('should read ISO dates and the day-month-year dates of Dutch Excel', () => {
      expect(parseDate('2027-02-01')).toBe('2027-02-01');
      expect(parseDate('1-2-2027')).toBe('2027-02-01');
      expect(parseDate('01/02/2027')).toBe('2027-02-01');
      expect(parseDate('next week')).toBe('next week');
    });

    it('should read numbers with a decimal point or comma, leaving other text as written', () => {
      expect(parseNumber('450')).toBe(450);
      expect(parseNumber('450,50')).toBe(450.5);
      expect(parseNumber('1.5')).toBe(1.5);
      expect(parseNumber('twee')).toBe('twee');
    });
  });

  describe(formatCsv.name, () => {
    it('should write a BOM, semicolons and CRLF, quoting only where needed', () => {
      const text = formatCsv(
        ['title', 'places'],
        [
          ['Stage; kas', 2],
          ['Zeg "ja"', null],
          ['twee\nregels', 0],
        ],
      );
      expect(text).toBe(
        '\uFEFFtitle;places\r\n"Stage; kas";2\r\n"Zeg ""ja""";\r\n"twee\nregels";0\r\n',
      );
    });

    it('should write commas when asked, without a BOM', () => {
      expect(formatCsv(['a'], [['x,y']], { delimiter: ',', bom: false })).toBe('a\r\n"x,y"\r\n');
    });

    it('should guard text cells that a spreadsheet would run as a formula', () => {
      for (const start of ['=', '+', '-', '@', '\t', '\r'])
        expect(guardCell(`${start}HYPERLINK("x")`)).toBe(`'${start}HYPERLINK("x")`);
      expect(guardCell('Kas 2')).toBe('Kas 2');
      expect(formatCell('=1+1')).toBe("'=1+1");
      expect(formatCell('-5')).toBe("'-5");
      // Numbers are values, not text someone typed: they stay numbers.
      expect(formatCell(-5)).toBe('-5');
      expect(formatCell(' padded ')).toBe('" padded "');
    });

    it('should read back what it wrote, formula guard included', () => {
      const rows = [
        ['=cmd|" /C calc"!A0', 'a;b', 'line\r\nbreak'],
        ['@SUM(1)', "'quoted", '+31 20 123'],
      ];
      const parsed = parseCsv(formatCsv(['x', 'y', 'z'], rows));
      expect(parsed.records.map((record) => record.cells)).toEqual(rows);
      expect(unguardCell("'+31")).toBe('+31');
    });
  });
});
