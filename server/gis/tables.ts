// Registers (台账) as tables: CSV in UTF-8 or GB18030 (what Excel saves on a Chinese Windows),
// and Excel workbooks (first sheet). A table is its header row and its data rows, each with the
// row number a spreadsheet shows (the header is row 1).
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';

export interface Table {
  headers: string[];
  rows: { row: number; cells: Record<string, string> }[];
}

export type Encoding = 'utf8' | 'gb18030' | 'auto';

/** UTF-8 when the bytes are valid UTF-8 (a BOM or not), GB18030 otherwise. */
function decode(bytes: Uint8Array, encoding: Encoding): string {
  if (encoding === 'gb18030') return iconv.decode(Buffer.from(bytes), 'gb18030');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch (err) {
    if (encoding === 'utf8') throw new Error('not valid UTF-8 (set encoding: gb18030 if Excel saved it on a Chinese Windows)');
    return iconv.decode(Buffer.from(bytes), 'gb18030');
  }
}

function fromRecords(records: string[][]): Table {
  const [head = [], ...body] = records;
  const headers = head.map((h) => String(h).trim());
  const rows = body
    .map((cells, k) => ({ row: k + 2, cells: Object.fromEntries(headers.map((h, i) => [h, String(cells[i] ?? '').trim()])) }))
    .filter((r) => Object.values(r.cells).some((v) => v !== ''));
  return { headers, rows };
}

/** What a spreadsheet cell shows: a formula's result, rich text's characters, a link's text. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  if (typeof v !== 'object') return String(v);
  const o = v as { result?: unknown; richText?: { text: string }[]; text?: unknown };
  if ('result' in o) return cellText(o.result);
  if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
  if ('text' in o) return cellText(o.text);
  return String(v);
}

async function readWorkbook(path: string): Promise<Table> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('the workbook has no sheet');
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const values = row.values as unknown[];
    const cells: string[] = [];
    for (let i = 1; i < values.length; i++) {
      const v = values[i];
      cells.push(cellText(v));
    }
    records[n - 1] = cells;
  });
  for (let i = 0; i < records.length; i++) records[i] ??= [];
  return fromRecords(records);
}

/** Reads a CSV or an Excel (.xlsx) register; throws Error with a plain message. */
export async function readTable(path: string, encoding: Encoding = 'auto'): Promise<Table> {
  if (extname(path).toLowerCase() === '.xlsx') return readWorkbook(path);
  const text = decode(new Uint8Array(readFileSync(path)), encoding);
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: true });
  } catch (err) {
    throw new Error(`not a readable CSV: ${(err as Error).message}`);
  }
  return fromRecords(records);
}

/** CSV text of a table (header row first). */
export function csvText(headers: string[], rows: (string | number)[][]): string {
  return stringify([headers, ...rows.map((r) => r.map(String))]);
}

/** UTF-8 with a BOM, so Excel opens the Chinese headers right. */
export function utf8Csv(text: string): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
}

export function gb18030Csv(text: string): Uint8Array {
  return new Uint8Array(iconv.encode(text, 'gb18030'));
}

/** An Excel workbook with one sheet holding the table. */
export async function xlsxBytes(sheetName: string, headers: string[], rows: (string | number)[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  sheet.addRow(headers);
  for (const r of rows) sheet.addRow(r);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
