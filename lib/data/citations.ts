import "server-only";
import { getPrisma } from "@/lib/db";
import type { CitationRecordType, DatePrecision, SourceKind } from "@/lib/generated/prisma/enums";
import { httpUrlOrNull } from "@/lib/urls";
import { formatIsoDate } from "@/lib/format/dates";

export type RecordRef = { recordType: CitationRecordType; recordId: number };

export type SourceView = {
  /** The footnote number on this page, from 1, in order of first use. */
  number: number;
  /** Null when the stored URL is not an http(s) URL: shown as text, never as a link. */
  url: string | null;
  publisher: string;
  originalPublisher: string | null;
  /** The original's own address when the page read is a copy; null when not known. */
  canonicalUrl: string | null;
  title: string | null;
  publishedOn: string | null;
  publishedPrecision: DatePrecision | null;
  retrievedOn: string | null;
  language: string;
  kind: SourceKind | null;
  note: string | null;
};

export type CitationView = {
  id: number;
  recordType: CitationRecordType;
  recordId: number;
  field: string | null;
  claimedValue: string | null;
  quote: string | null;
  note: string | null;
  sourceNumber: number;
};

/** Every source behind the records on one page, numbered, and the citations that point to them. */
export type SourceNotes = { sources: SourceView[]; citations: CitationView[] };

export const EMPTY_SOURCE_NOTES: SourceNotes = { sources: [], citations: [] };

/**
 * The citations of the given records, their sources numbered in the order the records are listed
 * (so the page's main record gets [1]) and, within a record, whole-record citations last.
 */
export async function getCitations({ records }: { records: RecordRef[] }): Promise<SourceNotes> {
  if (records.length === 0) return EMPTY_SOURCE_NOTES;
  const byType = new Map<CitationRecordType, Set<number>>();
  for (const { recordType, recordId } of records) {
    if (!byType.has(recordType)) byType.set(recordType, new Set());
    byType.get(recordType)!.add(recordId);
  }
  const prisma = await getPrisma();
  const rows = await prisma.citation.findMany({
    where: {
      deletedAt: null,
      source: { deletedAt: null },
      OR: [...byType].map(([recordType, ids]) => ({ recordType, recordId: { in: [...ids] } })),
    },
    orderBy: { id: "asc" },
    select: {
      id: true,
      recordType: true,
      recordId: true,
      field: true,
      claimedValue: true,
      quote: true,
      note: true,
      source: {
        select: {
          id: true,
          url: true,
          publisher: true,
          originalPublisher: true,
          canonicalUrl: true,
          title: true,
          publishedOn: true,
          publishedPrecision: true,
          retrievedOn: true,
          language: true,
          kind: true,
          note: true,
        },
      },
    },
  });
  return numberSources(records, rows);
}

type CitationRow = Omit<CitationView, "sourceNumber"> & {
  source: {
    id: number;
    url: string;
    publisher: string;
    originalPublisher: string | null;
    canonicalUrl: string | null;
    title: string | null;
    publishedOn: Date | null;
    publishedPrecision: DatePrecision | null;
    retrievedOn: Date | null;
    language: string;
    kind: SourceKind | null;
    note: string | null;
  };
};

/** Pure: numbers sources by first use given the records' order. Exported for tests. */
export function numberSources(records: RecordRef[], rows: CitationRow[]): SourceNotes {
  const recordOrder = new Map<string, number>();
  records.forEach((record, index) => {
    const key = `${record.recordType}:${record.recordId}`;
    if (!recordOrder.has(key)) recordOrder.set(key, index);
  });
  const position = (row: CitationRow) =>
    recordOrder.get(`${row.recordType}:${row.recordId}`) ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...rows].sort(
    (a, b) => position(a) - position(b) || Number(a.field === null) - Number(b.field === null) || a.id - b.id,
  );
  const numbers = new Map<number, number>();
  const sources: SourceView[] = [];
  const citations: CitationView[] = [];
  for (const row of sorted) {
    let number = numbers.get(row.source.id);
    if (number === undefined) {
      number = sources.length + 1;
      numbers.set(row.source.id, number);
      sources.push({
        number,
        url: httpUrlOrNull(row.source.url),
        publisher: row.source.publisher,
        originalPublisher: row.source.originalPublisher,
        canonicalUrl: row.source.canonicalUrl ? httpUrlOrNull(row.source.canonicalUrl) : null,
        title: row.source.title,
        publishedOn: formatIsoDate(row.source.publishedOn),
        publishedPrecision: row.source.publishedOn ? (row.source.publishedPrecision ?? "DAY") : null,
        retrievedOn: formatIsoDate(row.source.retrievedOn),
        language: row.source.language,
        kind: row.source.kind,
        note: row.source.note,
      });
    }
    const { source: _source, ...citation } = row;
    void _source;
    citations.push({ ...citation, sourceNumber: number });
  }
  return { sources, citations };
}

function distinct(values: number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

/** The fact a footnote supports, for its "Flag this fact" link; field null for the record as a whole. */
export type FactRef = RecordRef & { field: string | null };

/**
 * A footnote marker: the source's number, the words of that source quoted for this fact, and the
 * fact itself, which every footnote card offers to flag.
 */
export type FootnoteRef = { number: number; quotes: string[]; notes: string[]; fact: FactRef };

function refs(citations: CitationView[], fact: FactRef): FootnoteRef[] {
  const byNumber = new Map<number, FootnoteRef>();
  for (const c of citations) {
    const ref = byNumber.get(c.sourceNumber) ?? { number: c.sourceNumber, quotes: [], notes: [], fact };
    if (c.quote && !ref.quotes.includes(c.quote)) ref.quotes.push(c.quote);
    if (c.note && !ref.notes.includes(c.note)) ref.notes.push(c.note);
    byNumber.set(c.sourceNumber, ref);
  }
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}

/** The sources that support a field as stored (conflicting claims excluded), with their quoted words. */
export function fieldFootnotes(notes: SourceNotes, record: RecordRef, field: string): FootnoteRef[] {
  return refs(
    notes.citations.filter(
      (c) =>
        c.recordType === record.recordType &&
        c.recordId === record.recordId &&
        c.field === field &&
        c.claimedValue === null,
    ),
    { recordType: record.recordType, recordId: record.recordId, field },
  );
}

/** Every source cited for a record, whole or in part, conflicting claims excluded. */
export function recordFootnotes(notes: SourceNotes, record: RecordRef): FootnoteRef[] {
  return refs(
    notes.citations.filter(
      (c) => c.recordType === record.recordType && c.recordId === record.recordId && c.claimedValue === null,
    ),
    { recordType: record.recordType, recordId: record.recordId, field: null },
  );
}

export type Conflict = {
  /** The field the claim is about (null: the record as a whole). */
  field: string | null;
  value: string;
  sourceNumbers: number[];
  footnotes: FootnoteRef[];
  quote: string | null;
  note: string | null;
};

function conflictsOf(citations: CitationView[]): Conflict[] {
  const byValue = new Map<string, CitationView[]>();
  for (const c of citations) {
    if (c.claimedValue === null) continue;
    const key = JSON.stringify([c.field, c.claimedValue]);
    byValue.set(key, [...(byValue.get(key) ?? []), c]);
  }
  return [...byValue.values()].map((group) => ({
    field: group[0]!.field,
    value: group[0]!.claimedValue!,
    sourceNumbers: distinct(group.map((c) => c.sourceNumber)),
    footnotes: refs(group, { recordType: group[0]!.recordType, recordId: group[0]!.recordId, field: group[0]!.field }),
    quote: group.find((c) => c.quote)?.quote ?? null,
    note: group.find((c) => c.note)?.note ?? null,
  }));
}

/** Values other sources give for a field, each with the sources that give it. */
export function fieldConflicts(notes: SourceNotes, record: RecordRef, field: string): Conflict[] {
  return conflictsOf(
    notes.citations.filter(
      (c) => c.recordType === record.recordType && c.recordId === record.recordId && c.field === field,
    ),
  );
}

/**
 * Every conflicting claim stored for a record, whatever its field, for places that show a record in
 * one line or one row (a career step, a funding round): a conflict is shown wherever its record is.
 * `except` leaves out fields the page already shows conflicts for next to the field itself.
 */
export function recordConflicts(notes: SourceNotes, record: RecordRef, except: readonly string[] = []): Conflict[] {
  return conflictsOf(
    notes.citations.filter(
      (c) =>
        c.recordType === record.recordType &&
        c.recordId === record.recordId &&
        !(c.field !== null && except.includes(c.field)),
    ),
  );
}

/** The records a page's citations belong to, each once: what the page's "facts as of" date covers. */
export function citedRecords(notes: SourceNotes): RecordRef[] {
  const seen = new Map<string, RecordRef>();
  for (const { recordType, recordId } of notes.citations)
    seen.set(`${recordType}:${recordId}`, { recordType, recordId });
  return [...seen.values()];
}
