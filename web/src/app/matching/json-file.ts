/** Lets the browser save a JSON document (a round export) under `filename`. */
export function downloadJson(filename: string, value: unknown, document: Document): void {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}

/** "Stages voorjaar 2027" → "matchingronde-stages-voorjaar-2027.json". */
export function roundFilename(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `matchingronde-${slug || 'export'}.json`;
}
