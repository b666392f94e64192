import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Why one row of an imported file was rejected.' })
export class CsvRowError {
  @Field(() => Int, {
    description:
      'The row as a spreadsheet numbers it: 0 the file as a whole, 1 the header, 2 the first data row.',
  })
  row!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The column concerned, as named in the template; null for the row as a whole.',
  })
  field!: string | null;

  @Field({ description: 'Translation key of the reason.' })
  messageKey!: string;

  @Field({ description: 'The reason, in English.' })
  message!: string;
}

@ObjectType({ description: 'The outcome of a CSV import: all rows or none.' })
export class CsvImportReport {
  @Field(() => Int, {
    description: 'Rows written: every data row, or 0 when any was rejected or on a dry run.',
  })
  imported!: number;

  @Field(() => [CsvRowError], { description: 'Every problem found, by row.' })
  rejectedRows!: CsvRowError[];

  @Field(() => Int, { description: 'Data rows in the file (blank rows not counted).' })
  totalRows!: number;
}

@ObjectType({ description: 'A CSV file to download.' })
export class CsvFile {
  @Field({ description: 'Suggested file name.' })
  filename!: string;

  @Field({
    description:
      "The file: UTF-8 with BOM, semicolon-separated, CRLF, in the import template's columns.",
  })
  content!: string;
}
