/** Largest CSV file an import takes (the API refuses larger ones too). */
export const maxCsvBytes = 2 * 1024 * 1024;

/**
 * The text of a chosen CSV file: UTF-8 (with or without BOM), or, when it is not
 * valid UTF-8, Windows-1252 — what Excel's plain "CSV (semicolon)" format writes.
 */
export async function readCsvFile(file: Blob): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Lets the browser save a CSV file the API made (exports), under its own name. */
export function downloadCsv(file: { filename: string; content: string }, document: Document): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.click();
  URL.revokeObjectURL(url);
}
